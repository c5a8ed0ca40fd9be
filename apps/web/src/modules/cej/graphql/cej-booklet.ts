import { graphql } from '../../../generated';

export const CEJ_BOOKLET_QUERY = graphql(`
  query CejBooklet($id: ID!) {
    cejContract(id: $id) {
      id
      booklet {
        entries {
          id
          version
          kind
          date
          title
          content
          author
          organisation
          ratings {
            criterion
            score
          }
        }
        transversalSkills {
          id
          version
          label
          status
          transposition
        }
        marketKnowledge {
          id
          version
          kind
          name
          commune
          distanceKm
          seasonality
          note
        }
      }
      finalEvaluation {
        theme
        themeLabel
        version
        skillsAcquired
        progress
        areasToImprove
        positioningField
        positioningBefore
        positioningAfter
      }
    }
  }
`);

export const ADD_CEJ_BOOKLET_ENTRY_MUTATION = graphql(`
  mutation AddCejBookletEntry($input: AddCejBookletEntryInput!) {
    addCejBookletEntry(input: $input) {
      id
    }
  }
`);

export const SAVE_CEJ_TRANSVERSAL_SKILL_MUTATION = graphql(`
  mutation SaveCejTransversalSkill($input: SaveCejTransversalSkillInput!) {
    saveCejTransversalSkill(input: $input) {
      id
      version
      status
    }
  }
`);

export const SAVE_CEJ_MARKET_KNOWLEDGE_MUTATION = graphql(`
  mutation SaveCejMarketKnowledge($input: SaveCejMarketKnowledgeInput!) {
    saveCejMarketKnowledge(input: $input) {
      id
    }
  }
`);

export const SET_CEJ_FINAL_EVALUATION_MUTATION = graphql(`
  mutation SetCejFinalEvaluation($input: SetCejFinalEvaluationInput!) {
    setCejFinalEvaluation(input: $input) {
      theme
      version
    }
  }
`);
