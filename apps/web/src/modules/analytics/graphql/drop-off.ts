import { graphql } from '../../../generated';

/** One group's counts (a branch, an age band, a sex). */
export const DROP_OFF_GROUP_FIELDS = graphql(`
  fragment DropOffGroupFields on DropOffGroup {
    key
    label
    counts {
      measure
      count
    }
  }
`);

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
        ...DropOffGroupFields
      }
      byAgeBand {
        ...DropOffGroupFields
      }
      bySex {
        ...DropOffGroupFields
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
