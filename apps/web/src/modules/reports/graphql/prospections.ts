import { graphql } from '../../../generated';

export const LOT_PROSPECTIONS_QUERY = graphql(`
  query LotProspections($filter: ProspectionFilter!) {
    prospections(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          id
          organisationName
          organisationKind
          communeName
          date
          outcome
          comment
        }
      }
    }
  }
`);

export const RECORD_PROSPECTION_MUTATION = graphql(`
  mutation RecordProspection($input: RecordProspectionInput!) {
    recordProspection(input: $input) {
      id
    }
  }
`);
