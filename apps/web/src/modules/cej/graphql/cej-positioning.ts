import { graphql } from '../../../generated';

export const CEJ_POSITIONING_FIELDS = graphql(`
  fragment CejPositioningFields on CejPositioning {
    id
    version
    milestone
    renewalId
    date
    youngPersonComment
    counsellorComment
    scores {
      skill
      field
      score
    }
  }
`);

/** The grid, the sheets owed with their due dates, every sheet recorded and the progress between the first and the last. */
export const CEJ_POSITIONING_QUERY = graphql(`
  query CejPositioning($id: ID!) {
    cejPositioningGrid {
      code
      field
      label
    }
    cejContract(id: $id) {
      id
      positionings {
        ...CejPositioningFields
      }
      positioningSchedule {
        milestone
        renewalId
        dueOn
        status
        positioning {
          id
        }
      }
      positioningProgress {
        from {
          id
          date
          milestone
        }
        to {
          id
          date
          milestone
        }
        fields {
          field
          before
          after
          delta
        }
        skills {
          skill
          label
          field
          before
          after
          delta
        }
      }
    }
  }
`);

export const RECORD_CEJ_POSITIONING_MUTATION = graphql(`
  mutation RecordCejPositioning($input: RecordCejPositioningInput!) {
    recordCejPositioning(input: $input) {
      ...CejPositioningFields
    }
  }
`);

export const UPDATE_CEJ_POSITIONING_MUTATION = graphql(`
  mutation UpdateCejPositioning($input: UpdateCejPositioningInput!) {
    updateCejPositioning(input: $input) {
      ...CejPositioningFields
    }
  }
`);
