import DataLoader from 'dataloader';
import { DataSource, EntityTarget, FindOptionsOrder, In, ObjectLiteral } from 'typeorm';
import { Branch } from '../tenancy/branches/branch.entity';
import { Structure } from '../tenancy/structures/structure.entity';
import { Membership } from '../tenancy/users/user.entity';

/** One query for all the keys of a batch, rows grouped by a foreign key. */
export function grouped<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: FindOptionsOrder<T>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [key]: In([...ids]) } as never, order });
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row[key] as string)?.push(row);
    return ids.map((id) => groups.get(id)!);
  });
}

/** One row per key (or null), found by a unique column (the id by default). */
export function byKey<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string = 'id',
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).find({ where: { [key]: In([...ids]) } as never });
    return inKeyOrder(rows, ids, key);
  });
}

/** The rows of a batch in the order of its keys, null where a key has no row. */
export function inKeyOrder<T extends ObjectLiteral>(
  rows: T[],
  ids: readonly string[],
  key: keyof T & string,
): (T | null)[] {
  const map = new Map(rows.map((row) => [row[key] as string, row]));
  return ids.map((id) => map.get(id) ?? null);
}

/**
 * Per-request loaders, kept on the GraphQL context and created on first use in a request. Each module declares its
 * set once: `export const plieLoaders = perRequestLoaders('plie', (dataSource) => ({ ... }))`.
 */
export function perRequestLoaders<L>(
  name: string,
  create: (dataSource: DataSource, context: object) => L,
): (context: object, dataSource: DataSource) => L {
  const key = Symbol(`${name}Loaders`);
  return (context, dataSource) => {
    const holder = context as { [key]?: L };
    return (holder[key] ??= create(dataSource, context));
  };
}

/** The platform's own loaders (structures, branches, memberships), created with the GraphQL context. */
export function createLoaders(dataSource: DataSource) {
  return {
    structureById: new DataLoader<string, Structure>(async (ids) => {
      const rows = await dataSource.getRepository(Structure).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? new Error(`Structure ${id} introuvable`));
    }),
    branchesByStructure: new DataLoader<string, Branch[]>(async (structureIds) => {
      const rows = await dataSource.getRepository(Branch).find({
        where: { structureId: In([...structureIds]) },
        relations: { areas: true },
        order: { name: 'ASC', areas: { label: 'ASC' } },
      });
      return structureIds.map((id) => rows.filter((row) => row.structureId === id));
    }),
    membershipsByUser: grouped(dataSource, Membership, 'userId', { createdAt: 'ASC' }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
