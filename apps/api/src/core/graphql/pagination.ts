import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InputError } from './errors';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1, { message: 'Au moins 1 élément par page.' })
  @Max(MAX_PAGE_SIZE, { message: `Au plus ${MAX_PAGE_SIZE} éléments par page.` })
  first = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `node`: `Paginated(Structure)` gives `StructureConnection` and `StructureEdge`. */
export function Paginated<T>(node: Type<T>): Type<Connection<T>> {
  @ObjectType(`${node.name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${node.name}Connection`, { isAbstract: true })
  class ConnectionType {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return ConnectionType as Type<Connection<T>>;
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new InputError({ after: 'Curseur de pagination invalide.' });
  return Number(match[1]) + 1;
}

/**
 * The query of a list: rows of `entity` as `alias`, ordered by `order` then by id (a total order, so that pages
 * neither skip nor repeat a row), limited to the rows of the structure `scope` when it is set (an actor limited to
 * one structure).
 */
export function listQuery<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  order: Record<string, 'ASC' | 'DESC'>,
  scope?: string | null,
): SelectQueryBuilder<T> {
  const query = dataSource.getRepository(entity).createQueryBuilder(alias);
  for (const [column, direction] of Object.entries(order)) query.addOrderBy(`${alias}.${column}`, direction);
  query.addOrderBy(`${alias}.id`, 'ASC');
  if (scope) query.andWhere(`${alias}.structureId = :scope`, { scope });
  return query;
}

/** Runs a query builder for one page; the caller's ORDER BY must be total (end with a unique column). */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  { first, after }: PageArgs,
): Promise<Connection<T>> {
  const offset = decodeCursor(after);
  const [rows, totalCount] = await query.skip(offset).take(first).getManyAndCount();
  return connectionOf(rows, totalCount, offset);
}

/** A connection from one page of rows fetched by hand (raw SQL with LIMIT/OFFSET), starting at `offset`. */
export function connectionOf<T>(rows: T[], totalCount: number, offset: number): Connection<T> {
  const edges = rows.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + rows.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
