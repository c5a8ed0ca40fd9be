import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_SCORING_GRID, gridWeightError, StructureKind } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate } from '../../../core/graphql/pagination';
import { requireStructureId } from '../../../core/tenancy/scope';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { uniqueViolation } from '../../../core/database/unique-violation';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { actingStructureId, reachableLotSql } from '../lot-access';
import { CreateMarketInput, MarketFilter, UpdateMarketInput } from './market.dto';
import { Market, ScoringCriterion } from './market.entity';
import { saveNew } from '../../../core/database/writes';

export function checkPeriod(startsOn: string, endsOn: string, field = 'endsOn'): void {
  if (endsOn < startsOn) throw new InputError({ [field]: 'La fin ne peut précéder le début.' });
}

/** Markets of the operator the caller acts in; a provider sees the markets of the lots it delivers. */
@Injectable()
export class MarketsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, page: PageArgs, filter: MarketFilter = {}): Promise<Connection<Market>> {
    const scope = actingStructureId(actor);
    const query = this.dataSource
      .getRepository(Market)
      .createQueryBuilder('m')
      .orderBy('m.startsOn', 'DESC')
      .addOrderBy('m.id', 'ASC');
    if (scope)
      query.andWhere(
        `(m."structureId" = :scope OR EXISTS (SELECT 1 FROM lots l WHERE l."marketId" = m.id AND ${reachableLotSql('l')}))`,
        { scope },
      );
    if (filter.activeOn) query.andWhere('m.startsOn <= :day AND m.endsOn >= :day', { day: filter.activeOn });
    if (filter.kind) query.andWhere('m.kind = :kind', { kind: filter.kind });
    return paginate(query, page);
  }

  async get(actor: Actor, id: string): Promise<Market> {
    const scope = actingStructureId(actor);
    if (!isUuid(id)) throw new NotFoundError('Marché');
    const query = this.dataSource.getRepository(Market).createQueryBuilder('m').where('m.id = :id', { id });
    if (scope)
      query.andWhere(
        `(m."structureId" = :scope OR EXISTS (SELECT 1 FROM lots l WHERE l."marketId" = m.id AND ${reachableLotSql('l')}))`,
        { scope },
      );
    const market = await query.getOne();
    if (!market) throw new NotFoundError('Marché');
    return market;
  }

  async create(actor: Actor, input: CreateMarketInput): Promise<Market> {
    const structureId = requireStructureId(actor);
    checkPeriod(input.startsOn, input.endsOn);
    if (input.proofsKeptUntil < input.endsOn)
      throw new InputError({ proofsKeptUntil: 'Les justificatifs se conservent au moins jusqu’à la fin du marché.' });
    const criteria = input.criteria?.length ? input.criteria : DEFAULT_SCORING_GRID;
    const weightError = gridWeightError(criteria.map((c) => c.weight));
    if (weightError) throw new InputError({ criteria: weightError });
    return this.dataSource.transaction(async (manager) => {
      const structure = await manager.findOneBy(Structure, { id: structureId });
      if (structure?.kind !== StructureKind.OPERATOR)
        throw new ForbiddenError('Seule une structure porteuse publie des marchés.');
      let market: Market;
      try {
        market = await saveNew(manager, Market, {
          structureId,
          kind: input.kind,
          reference: input.reference.trim(),
          title: input.title.trim(),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          proofsKeptUntil: input.proofsKeptUntil,
        });
      } catch (error) {
        if (uniqueViolation(error) !== null)
          throw new ConflictError('Un marché de même référence existe déjà dans la structure.');
        throw error;
      }
      await manager.insert(
        ScoringCriterion,
        criteria.map((c, position) => ({ marketId: market.id, label: c.label.trim(), weight: c.weight, position })),
      );
      await this.audit.recordOn(manager, actor, 'market.created', 'Market', market.id, structureId);
      return market;
    });
  }

  /**
   * Edits a market (optimistic lock on `version`). The lots must still fit in its period, and the grid can be replaced
   * only while no bid has been marked on it: scores already given are never silently recomputed.
   */
  async update(actor: Actor, input: UpdateMarketInput): Promise<Market> {
    const { id, version, criteria, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const scope = actingStructureId(actor);
      const current = isUuid(id)
        ? await manager.findOne(Market, {
            where: { id, ...(scope ? { structureId: scope } : {}) },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!current) throw new NotFoundError('Marché');
      if (current.version !== version) throw new ConflictError();
      const changes: Partial<Market> = Object.fromEntries(
        Object.entries(fields).filter(([, v]) => v !== undefined && v !== null),
      );
      if (changes.reference !== undefined) changes.reference = changes.reference.trim();
      if (changes.title !== undefined) changes.title = changes.title.trim();
      const next = { ...current, ...changes };
      checkPeriod(next.startsOn, next.endsOn);
      if (next.proofsKeptUntil < next.endsOn)
        throw new InputError({ proofsKeptUntil: 'Les justificatifs se conservent au moins jusqu’à la fin du marché.' });
      const [outside] = await manager.query(
        `SELECT number FROM lots WHERE "marketId" = $1 AND ("startsOn" < $2 OR "endsOn" > $3) ORDER BY number LIMIT 1`,
        [current.id, next.startsOn, next.endsOn],
      );
      if (outside)
        throw new InputError({
          startsOn: `Le lot ${outside.number} sortirait de la période du marché : modifiez-le d’abord.`,
        });
      if (criteria?.length) {
        const weightError = gridWeightError(criteria.map((c) => c.weight));
        if (weightError) throw new InputError({ criteria: weightError });
        const [marked] = await manager.query(
          `SELECT 1 FROM bid_marks bm JOIN market_scoring_criteria c ON c.id = bm."criterionId" WHERE c."marketId" = $1 LIMIT 1`,
          [current.id],
        );
        if (marked)
          throw new InputError({
            criteria: 'Des candidatures sont déjà notées sur cette grille : elle ne peut plus changer.',
          });
        await manager.delete(ScoringCriterion, { marketId: current.id });
        await manager.insert(
          ScoringCriterion,
          criteria.map((c, position) => ({ marketId: current.id, label: c.label.trim(), weight: c.weight, position })),
        );
      }
      try {
        await manager
          .createQueryBuilder()
          .update(Market)
          .set({ ...changes, version: () => 'version + 1' })
          .where('id = :id', { id: current.id })
          .execute();
      } catch (error) {
        if (uniqueViolation(error) !== null)
          throw new ConflictError('Un marché de même référence existe déjà dans la structure.');
        throw error;
      }
      await this.audit.recordOn(manager, actor, 'market.updated', 'Market', current.id, current.structureId, {
        fields: [...Object.keys(changes), ...(criteria?.length ? ['criteria'] : [])],
      });
      return manager.findOneByOrFail(Market, { id: current.id });
    });
  }
}
