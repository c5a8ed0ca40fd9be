import { graphql } from '../../../generated';

export const DROP_OFF_QUERY = graphql(`
  query DropOffAnalysis($filter: DropOffFilter!) {
    dropOffAnalysis(filter: $filter) {
      from
      to
      asOf
      windowDays
      months
      totals {
        measure
        count
      }
      series {
        measure
        label
        values
      }
      byBranch {
        key
        label
        counts {
          measure
          count
        }
      }
      byAgeBand {
        key
        label
        counts {
          measure
          count
        }
      }
      bySex {
        key
        label
        counts {
          measure
          count
        }
      }
    }
  }
`);

export const DROP_OFF_BRANCHES_QUERY = graphql(`
  query DropOffBranches($id: ID!) {
    structure(id: $id) {
      id
      branches {
        id
        name
      }
    }
  }
`);
