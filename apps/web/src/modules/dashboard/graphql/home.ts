import { graphql } from '../../../generated';

export const HOME_QUERY = graphql(`
  query Home {
    home {
      role
      structureKind
      operatorType
      today
      cejContractsToWatch {
        totalCount
        items {
          reasons
          contract {
            id
            participant {
              id
              firstName
              lastName
            }
          }
        }
      }
      todaySessions {
        totalCount
        items {
          id
          title
          startTime
          place
        }
      }
      portfolioByUrgency {
        totalCount
        items {
          urgency
          alerts
          path {
            id
            participant {
              id
              firstName
              lastName
            }
          }
        }
      }
      orientationsToProcess {
        totalCount
        items {
          id
          orientedOn
          entrySheet {
            dueOn
          }
          participant {
            firstName
            lastName
          }
        }
      }
      lateSheets {
        totalCount
        items {
          id
          orientedOn
          entrySheet {
            dueOn
          }
          participant {
            firstName
            lastName
          }
        }
      }
      committeeFiles {
        totalCount
        items {
          id
          participant {
            id
            firstName
            lastName
          }
        }
      }
      exitProposalsToValidate {
        totalCount
        items {
          id
          raisedOn
          reason
          orientationId
          orientation {
            participant {
              firstName
              lastName
            }
          }
        }
      }
      figures {
        memberCount
        activeApiKeyCount
        participantCount
        activeCejContractCount
        activePliePathCount
        lateOrientationCount
      }
    }
  }
`);
