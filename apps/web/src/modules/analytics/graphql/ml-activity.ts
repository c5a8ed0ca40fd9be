import { graphql } from '../../../generated';

export const ML_ACTIVITY_QUERY = graphql(`
  query MissionLocaleActivity($filter: MlActivityFilter!) {
    missionLocaleActivity(filter: $filter) {
      from
      to
      months
      series {
        measure
        label
        values
      }
      totals {
        measure
        count
      }
      byBranch {
        key
        label
        counts {
          measure
          count
        }
      }
      exitsByReason {
        reason
        label
        positive
        count
      }
    }
  }
`);
