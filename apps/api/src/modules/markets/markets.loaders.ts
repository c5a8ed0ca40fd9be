import DataLoader from 'dataloader';
import { DataSource, EntityTarget, FindOptionsOrder, In, ObjectLiteral } from 'typeorm';
import { Bid, BidMark } from './bids/bid.entity';
import { Convention, ConventionAmendment } from './conventions/convention.entity';
import { Lot } from './lots/lot.entity';
import { Market, ScoringCriterion } from './markets/market.entity';

const KEY = Symbol('marketLoaders');

/** One query for all the keys of a batch, rows grouped by a foreign key. */
export function grouped<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: FindOptionsOrder<T>,
) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [key]: In([...ids]) } as never, order });
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row[key] as string)?.push(row);
    return ids.map((id) => groups.get(id)!);
  });
}

/** One row per key (or null), found by a unique column. */
export function byKey<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string = 'id',
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [key]: In([...ids]) } as never });
    const map = new Map(rows.map((row) => [row[key] as string, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function create(dataSource: DataSource) {
  return {
    marketById: byKey(dataSource, Market),
    lotById: byKey(dataSource, Lot),
    criteriaByMarket: grouped(dataSource, ScoringCriterion, 'marketId', { position: 'ASC' }),
    lotsByMarket: grouped(dataSource, Lot, 'marketId', { number: 'ASC' }),
    bidsByLot: grouped(dataSource, Bid, 'lotId', { receivedOn: 'ASC', id: 'ASC' }),
    marksByBid: grouped(dataSource, BidMark, 'bidId', { criterionId: 'ASC' }),
    conventionByLot: byKey(dataSource, Convention, 'lotId'),
    amendmentsByConvention: grouped(dataSource, ConventionAmendment, 'conventionId', { number: 'ASC' }),
  };
}

export type MarketLoaders = ReturnType<typeof create>;

/** Per-request loaders, kept on the GraphQL context (created on first use in a request). */
export function marketLoaders(context: object, dataSource: DataSource): MarketLoaders {
  const holder = context as { [KEY]?: MarketLoaders };
  return (holder[KEY] ??= create(dataSource));
}
