import { graphql } from '../../../generated';

export const NETWORK_FIGURES_QUERY = graphql(`
  query NetworkFigures($filter: NetworkFiguresFilter!) {
    networkFigures(filter: $filter) {
      from
      to
      asOf
      windowDays
      smallCellThreshold
      members {
        structure {
          id
          name
        }
        participants
        peopleContacted
        dropOff {
          measure
          count
        }
        interviews
        sessions
        paymentIndicators
        lotsWithIndicators
        reports {
          status
          count
        }
      }
    }
  }
`);
