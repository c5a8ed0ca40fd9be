import { graphql } from '../../../generated';

export const CEJ_BREACH_SUGGESTIONS_QUERY = graphql(`
  query CejBreachSuggestions($id: ID!) {
    cejContract(id: $id) {
      id
      breachSuggestions {
        action {
          id
          version
          date
          title
          kind
          plannedHours
          outcomeNote
        }
        effect {
          rank
          sanction
          terminationDecision
          label
        }
      }
    }
  }
`);

export const DISMISS_CEJ_BREACH_SUGGESTION_MUTATION = graphql(`
  mutation DismissCejBreachSuggestion($input: DismissCejBreachSuggestionInput!) {
    dismissCejBreachSuggestion(input: $input) {
      id
      version
      breachDismissedAt
    }
  }
`);
