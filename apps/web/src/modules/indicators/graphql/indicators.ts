import { graphql } from '../../../generated';

export const INDICATOR_STATUS_FIELDS = graphql(`
  fragment IndicatorStatusFields on IndicatorStatus {
    asOf
    value
    target
    achievementRate
    amountPayable
    projectedValue
    indicator {
      id
      label
      measure
      hourKind
      rule
      periodStart
      periodEnd
      target
      params {
        unitPrice
        thresholds {
          rate
          share
        }
      }
    }
  }
`);

export const LOT_DASHBOARD_QUERY = graphql(`
  query LotDashboard($lotId: ID!, $asOf: String) {
    lot(id: $lotId) {
      id
      number
      title
      startsOn
      endsOn
      maxAnnualPriceTtc
      market {
        id
        reference
        title
      }
      awardedProvider {
        id
        name
      }
    }
    lotIndicators(lotId: $lotId, asOf: $asOf) {
      ...IndicatorStatusFields
    }
  }
`);

export const LOT_INDICATORS_QUERY = graphql(`
  query LotIndicators($lotId: ID!, $asOf: String) {
    lotIndicators(lotId: $lotId, asOf: $asOf) {
      ...IndicatorStatusFields
    }
  }
`);

export const INDICATOR_UNITS_QUERY = graphql(`
  query IndicatorUnits($indicatorId: ID!, $asOf: String, $first: Int!, $after: String) {
    indicatorUnits(indicatorId: $indicatorId, asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          unitId
          proofKind
          date
          quantity
          participantId
          sessionId
          sheetSha256
          interviewId
          timeEntryId
          assessmentId
          proofId
        }
      }
    }
  }
`);
