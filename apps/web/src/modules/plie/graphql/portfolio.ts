import { graphql } from '../../../generated';

export const MY_PORTFOLIO_QUERY = graphql(`
  query MyPortfolio($first: Int!, $after: String, $noContactWeeks: Int!) {
    myPortfolio(first: $first, after: $after, noContactWeeks: $noContactWeeks) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          alerts
          urgency
          lastContactOn
          path {
            id
            status
            statusChangedOn
            followUpEndsOn
            withoutContact
            fseExitMissing
            steps {
              id
              title
              kind
              outcome
              plannedEnd
              actualEnd
            }
            participant {
              id
              firstName
              lastName
              birthDate
              branch {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);
