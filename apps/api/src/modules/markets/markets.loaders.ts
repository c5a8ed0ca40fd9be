import { DataSource } from 'typeorm';
import { byKey, grouped, perRequestLoaders } from '../../core/graphql/loaders';
import { Bid, BidMark, BidMember } from './bids/bid.entity';
import { Convention, ConventionAmendment } from './conventions/convention.entity';
import { Lot } from './lots/lot.entity';
import { Market, ScoringCriterion } from './markets/market.entity';

function create(dataSource: DataSource) {
  return {
    marketById: byKey(dataSource, Market),
    lotById: byKey(dataSource, Lot),
    criteriaByMarket: grouped(dataSource, ScoringCriterion, 'marketId', { position: 'ASC' }),
    lotsByMarket: grouped(dataSource, Lot, 'marketId', { number: 'ASC' }),
    bidsByLot: grouped(dataSource, Bid, 'lotId', { receivedOn: 'ASC', id: 'ASC' }),
    membersByBid: grouped(dataSource, BidMember, 'bidId', { lead: 'DESC', sharePercent: 'DESC', id: 'ASC' }),
    marksByBid: grouped(dataSource, BidMark, 'bidId', { criterionId: 'ASC' }),
    conventionByLot: byKey(dataSource, Convention, 'lotId'),
    amendmentsByConvention: grouped(dataSource, ConventionAmendment, 'conventionId', { number: 'ASC' }),
  };
}

/** Per-request loaders, kept on the GraphQL context (created on first use in a request). */
export const marketLoaders = perRequestLoaders('market', create);

export type MarketLoaders = ReturnType<typeof create>;
