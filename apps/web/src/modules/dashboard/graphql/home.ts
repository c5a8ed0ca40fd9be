import { graphql } from '../../../generated';

export const HOME_ORIENTATION_FIELDS = graphql(`
  fragment HomeOrientationFields on Orientation {
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
`);

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
          ...HomeOrientationFields
        }
      }
      lateSheets {
        totalCount
        items {
          ...HomeOrientationFields
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
      lateLotReports {
        totalCount
        items {
          id
          title
          dueOn
          status
        }
      }
      lateLiaisonSheets {
        totalCount
        items {
          id
          entrySheet {
            dueOn
            sentOn
          }
          exitSheet {
            dueOn
            sentOn
          }
          provider {
            id
            name
          }
          participant {
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
