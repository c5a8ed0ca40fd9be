import { graphql } from '../../../generated';

export const MARKETS_QUERY = graphql(`
  query Markets($first: Int!, $after: String, $filter: MarketFilter) {
    markets(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
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
          bidsDueAt
          bidsDueLabel
          version
          criteria {
            id
            label
            weight
          }
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
      version
      market {
        id
        reference
        title
        startsOn
        endsOn
        proofsKeptUntil
        criteria {
          id
          label
          weight
        }
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
        version
        amendments {
          id
          number
          signedOn
          reason
          description
          previousEndsOn
          endsOn
          previousAmountTtc
          amountTtc
        }
      }
      bids {
        id
        rank
        score
        status
        priceTtc
        receivedOn
        summary
        version
        awardJustification
        withdrawnAt
        provider {
          id
          name
        }
        members {
          lead
          sharePercent
          structure {
            id
            name
          }
        }
        marks {
          criterionId
          mark
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

export const CREATE_MARKET_MUTATION = graphql(`
  mutation CreateMarket($input: CreateMarketInput!) {
    createMarket(input: $input) {
      id
    }
  }
`);

export const UPDATE_MARKET_MUTATION = graphql(`
  mutation UpdateMarket($input: UpdateMarketInput!) {
    updateMarket(input: $input) {
      id
      reference
      title
      kind
      startsOn
      endsOn
      proofsKeptUntil
      version
      criteria {
        id
        label
        weight
      }
    }
  }
`);

export const CREATE_LOT_MUTATION = graphql(`
  mutation CreateLot($input: CreateLotInput!) {
    createLot(input: $input) {
      id
    }
  }
`);

export const UPDATE_LOT_MUTATION = graphql(`
  mutation UpdateLot($input: UpdateLotInput!) {
    updateLot(input: $input) {
      id
      version
    }
  }
`);

export const SCORE_BID_MUTATION = graphql(`
  mutation ScoreBid($input: ScoreBidInput!) {
    scoreBid(input: $input) {
      id
      status
      score
      version
    }
  }
`);

export const AWARD_LOT_MUTATION = graphql(`
  mutation AwardLot($input: AwardLotInput!) {
    awardLot(input: $input) {
      id
      status
    }
  }
`);

export const SIGN_CONVENTION_MUTATION = graphql(`
  mutation SignConvention($input: SignConventionInput!) {
    signConvention(input: $input) {
      id
    }
  }
`);

export const AMEND_CONVENTION_MUTATION = graphql(`
  mutation AmendConvention($input: AmendConventionInput!) {
    amendConvention(input: $input) {
      id
      number
    }
  }
`);

export const OPEN_LOTS_QUERY = graphql(`
  query OpenLots($first: Int!, $after: String) {
    openLots(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          number
          title
          territory
          startsOn
          endsOn
          maxAnnualPriceTtc
          market {
            id
            reference
            title
            bidsDueAt
            bidsDueLabel
          }
        }
      }
    }
  }
`);

export const MY_BIDS_QUERY = graphql(`
  query MyBids($first: Int!, $after: String) {
    myBids(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          status
          priceTtc
          receivedOn
          version
          withdrawnAt
          provider {
            id
          }
          members {
            lead
            sharePercent
            structure {
              id
              name
            }
          }
          lot {
            id
            number
            title
            market {
              id
              reference
            }
          }
        }
      }
    }
  }
`);

export const SUBMIT_BID_MUTATION = graphql(`
  mutation SubmitBid($input: SubmitBidInput!) {
    submitBid(input: $input) {
      id
      status
    }
  }
`);

export const WITHDRAW_BID_MUTATION = graphql(`
  mutation WithdrawBid($input: WithdrawBidInput!) {
    withdrawBid(input: $input) {
      id
      status
      version
    }
  }
`);

export const PROVIDER_DIRECTORY_QUERY = graphql(`
  query ProviderDirectory($search: String, $first: Int!) {
    providerDirectory(search: $search, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          siret
          city
        }
      }
    }
  }
`);

export const RECORD_BID_MUTATION = graphql(`
  mutation RecordBid($input: RecordBidInput!) {
    recordBid(input: $input) {
      id
      status
    }
  }
`);
