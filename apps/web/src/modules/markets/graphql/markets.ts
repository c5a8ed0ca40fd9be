import { graphql } from '../../../generated';

export const MARKETS_QUERY = graphql(`
  query Markets($first: Int!, $after: String, $filter: MarketFilter) {
    markets(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          reference
          title
          kind
          startsOn
          endsOn
          proofsKeptUntil
          lots {
            id
            number
            title
            territory
            startsOn
            endsOn
            conventionSignedOn
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

export const LOT_QUERY = graphql(`
  query Lot($id: ID!) {
    lot(id: $id) {
      id
      number
      title
      territory
      site
      premisesProvidedBy
      startsOn
      endsOn
      minParticipants
      staffingFte
      maxAnnualPriceTtc
      fseCoFunded
      permanentEntry
      timeTiedToParticipants
      conventionSignedOn
      market {
        id
        reference
        title
        proofsKeptUntil
      }
      awardedProvider {
        id
        name
      }
      convention {
        id
        reference
        amountTtc
        signedOn
        startsOn
        endsOn
      }
      bids {
        id
        rank
        score
        status
        priceTtc
        provider {
          id
          name
        }
      }
      quantities {
        sessionsCount
        workshopsPerSession
        workshopMinutes
        groupMin
        groupMax
        interviewsPerParticipant
        interviewMaxMinutes
        faceToFaceHours
        preparationHours
        coordinationHours
        exchangeSessions
        exchangeSessionMinutes
        eventHalfDays
        assessmentsCount
      }
    }
  }
`);

export const ORIENTABLE_LOTS_QUERY = graphql(`
  query OrientableLots($first: Int!) {
    lots(first: $first) {
      edges {
        node {
          id
          number
          title
          startsOn
          endsOn
          conventionSignedOn
          market {
            id
            reference
          }
          awardedProvider {
            id
            name
          }
        }
      }
    }
  }
`);

export const ORIENT_PARTICIPANT_MUTATION = graphql(`
  mutation OrientParticipant($input: OrientParticipantInput!) {
    orientParticipant(input: $input) {
      id
      status
      orientedOn
      entrySheet {
        dueOn
        status
      }
    }
  }
`);
