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
import { uniqueViolation } from '../../../core/tenancy/unique-violation';
import { isUuid } from '../../participants/calendar-date.validator';
import { actingStructureId, reachableLotSql } from '../lot-access';
import { CreateMarketInput, MarketFilter } from './market.dto';
import { Market, ScoringCriterion } from './market.entity';

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
    const query = this.dataSource.getRepository(Market).createQueryBuilder('m').orderBy('m.startsOn', 'DESC').addOrderBy('m.id', 'ASC');
    if (scope) query.andWhere(`(m."structureId" = :scope OR EXISTS (SELECT 1 FROM lots l WHERE l."marketId" = m.id AND ${reachableLotSql('l')}))`, { scope });
    if (filter.activeOn) query.andWhere('m.startsOn <= :day AND m.endsOn >= :day', { day: filter.activeOn });
    if (filter.kind) query.andWhere('m.kind = :kind', { kind: filter.kind });
    return paginate(query, page);
  }

  async get(actor: Actor, id: string): Promise<Market> {
    const scope = actingStructureId(actor);
    if (!isUuid(id)) throw new NotFoundError('Marché');
    const query = this.dataSource.getRepository(Market).createQueryBuilder('m').where('m.id = :id', { id });
    if (scope) query.andWhere(`(m."structureId" = :scope OR EXISTS (SELECT 1 FROM lots l WHERE l."marketId" = m.id AND ${reachableLotSql('l')}))`, { scope });
    const market = await query.getOne();
    if (!market) throw new NotFoundError('Marché');
    return market;
  }

  async create(actor: Actor, input: CreateMarketInput): Promise<Market> {
    const structureId = requireStructureId(actor);
    checkPeriod(input.startsOn, input.endsOn);
    if (input.proofsKeptUntil < input.endsOn) throw new InputError({ proofsKeptUntil: 'Les justificatifs se conservent au moins jusqu’à la fin du marché.' });
    const criteria = input.criteria?.length ? input.criteria : DEFAULT_SCORING_GRID;
    const weightError = gridWeightError(criteria.map((c) => c.weight));
    if (weightError) throw new InputError({ criteria: weightError });
    return this.dataSource.transaction(async (manager) => {
      const structure = await manager.findOneBy(Structure, { id: structureId });
      if (structure?.kind !== StructureKind.OPERATOR) throw new ForbiddenError('Seule une structure porteuse publie des marchés.');
      let market: Market;
      try {
        market = await manager.save(Market, manager.create(Market, { structureId, kind: input.kind, reference: input.reference.trim(), title: input.title.trim(), startsOn: input.startsOn, endsOn: input.endsOn, proofsKeptUntil: input.proofsKeptUntil }));
      } catch (error) {
        if (uniqueViolation(error) !== null) throw new ConflictError('Un marché de même référence existe déjà dans la structure.');
        throw error;
      }
      await manager.insert(ScoringCriterion, criteria.map((c, position) => ({ marketId: market.id, label: c.label.trim(), weight: c.weight, position })));
      await this.audit.record(manager, actor, { action: 'market.created', entityType: 'Market', entityId: market.id, structureId });
      return market;
    });
  }
}
