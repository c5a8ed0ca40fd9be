import { graphql } from '../../../generated';

export const INDICATOR_STATUS_FIELDS = graphql(`
  fragment IndicatorStatusFields on IndicatorStatus {
    asOf
    value
    target
    achievementRate
    amountPayable
    projectedValue
    provenUnits
    unprovenUnits
    indicator {
      id
      version
      label
      measure
      hourKind
      exitReason
      communeCodes
      rule
      periodStart
      periodEnd
      target
      params {
        unitPrice
        priceShare
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
      structureId
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
  query IndicatorUnits($indicatorId: ID!, $asOf: String, $unproven: Boolean!, $first: Int!, $after: String) {
    indicatorUnits(indicatorId: $indicatorId, asOf: $asOf, unproven: $unproven, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
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
          orientationId
          liaisonSheetId
          gap
          proofId
        }
      }
    }
  }
`);

export const OPERATOR_OVERVIEW_QUERY = graphql(`
  query OperatorIndicatorOverview(
    $first: Int!
    $after: String
    $asOf: String
    $marketId: ID
    $providerStructureId: ID
  ) {
    operatorIndicatorOverview(
      first: $first
      after: $after
      asOf: $asOf
      marketId: $marketId
      providerStructureId: $providerStructureId
    ) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          lotId
          lotNumber
          lotTitle
          marketId
          marketReference
          marketTitle
          maxAnnualPriceTtc
          providerName
          providerStructureId
          amountPayable
          indicators {
            ...IndicatorStatusFields
          }
        }
      }
    }
  }
`);

export const OVERVIEW_FILTERS_QUERY = graphql(`
  query OverviewFilters {
    markets(first: 50) {
      edges {
        node {
          id
          reference
          title
          lots {
            id
            awardedProvider {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const INDICATOR_HISTORY_QUERY = graphql(`
  query IndicatorHistory($indicatorId: ID!, $dates: [String!]) {
    indicatorHistory(indicatorId: $indicatorId, dates: $dates) {
      date
      value
    }
  }
`);

export const CREATE_PAYMENT_INDICATOR = graphql(`
  mutation CreatePaymentIndicator($input: CreatePaymentIndicatorInput!) {
    createPaymentIndicator(input: $input) {
      id
      version
    }
  }
`);

export const UPDATE_PAYMENT_INDICATOR = graphql(`
  mutation UpdatePaymentIndicator($input: UpdatePaymentIndicatorInput!) {
    updatePaymentIndicator(input: $input) {
      id
      version
    }
  }
`);

export const DELETE_PAYMENT_INDICATOR = graphql(`
  mutation DeletePaymentIndicator($input: DeletePaymentIndicatorInput!) {
    deletePaymentIndicator(input: $input) {
      id
    }
  }
`);
