import { graphql } from '../../../generated';

export const DASHBOARD_QUERY = graphql(`
  query Dashboard {
    dashboard {
      memberCount
      branchCount
      activeApiKeyCount
      structure {
        id
        name
        kind
        operatorType
        siret
        addressLine
        postalCode
        city
        territory
      }
    }
  }
`);
