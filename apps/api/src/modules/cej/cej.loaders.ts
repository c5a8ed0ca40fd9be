import DataLoader from 'dataloader';
import { DataSource, EntityTarget, FindOptionsOrder, In, ObjectLiteral } from 'typeorm';
import { CejCohort, CejCohortSession } from './cohorts/cej-cohort.entity';
import { CejContract, CejContractEvent, CejRenewal, CejSuspension } from './contracts/cej-contract.entity';

const KEY = Symbol('cejLoaders');

/** One query for all the keys of a batch, rows grouped by a foreign key. */
export function grouped<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T>, key: keyof T & string, order: FindOptionsOrder<T>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [key]: In([...ids]) } as never, order });
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row[key] as string)?.push(row);
    return ids.map((id) => groups.get(id)!);
  });
}

export function byId<T extends { id: string }>(dataSource: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function create(dataSource: DataSource) {
  return {
    contractById: byId(dataSource, CejContract),
    cohortById: byId(dataSource, CejCohort),
    contractsByParticipant: grouped(dataSource, CejContract, 'participantId', { startOn: 'DESC', id: 'ASC' }),
    contractsByCohort: grouped(dataSource, CejContract, 'cohortId', { startOn: 'ASC', id: 'ASC' }),
    eventsByContract: grouped(dataSource, CejContractEvent, 'contractId', { recordedAt: 'ASC', id: 'ASC' }),
    suspensionsByContract: grouped(dataSource, CejSuspension, 'contractId', { fromOn: 'ASC', id: 'ASC' }),
    renewalsByContract: grouped(dataSource, CejRenewal, 'contractId', { commissionOn: 'ASC', id: 'ASC' }),
    sessionsByCohort: grouped(dataSource, CejCohortSession, 'cohortId', { date: 'ASC', id: 'ASC' }),
  };
}

export type CejLoaders = ReturnType<typeof create>;

/** Per-request loaders, kept on the GraphQL context (created on first use in a request). */
export function cejLoaders(context: object, dataSource: DataSource): CejLoaders {
  const holder = context as { [KEY]?: CejLoaders };
  return (holder[KEY] ??= create(dataSource));
}
