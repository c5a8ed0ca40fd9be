import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { InputError, NotFoundError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate, listQuery } from '../../../core/graphql/pagination';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { actingStructureId, findOperatorLot, findReachableLot, reachableLotSql } from '../lot-access';
import { Market } from '../markets/market.entity';
import { checkPeriod } from '../markets/markets.service';
import { CreateLotInput, LotFilter, LotQuantitiesInput, UpdateLotInput } from './lot.dto';
import { Lot, QUANTITY_FIELDS } from './lot.entity';
import { updateVersioned } from '../../../core/database/writes';

function quantityColumns(input: LotQuantitiesInput | null | undefined): Partial<Lot> {
  const columns: Record<string, unknown> = {};
  for (const field of QUANTITY_FIELDS) if (input?.[field] !== undefined) columns[field] = input[field];
  return columns as Partial<Lot>;
}

function checkLot(lot: Pick<Lot, 'startsOn' | 'endsOn' | 'groupMin' | 'groupMax'>, market: Market): void {
  checkPeriod(lot.startsOn, lot.endsOn);
  if (lot.startsOn < market.startsOn || lot.endsOn > market.endsOn) {
    throw new InputError({
      startsOn: `La période du lot doit tenir dans celle du marché (${market.startsOn} au ${market.endsOn}).`,
    });
  }
  if (lot.groupMin != null && lot.groupMax != null && lot.groupMin > lot.groupMax)
    throw new InputError({ 'quantities.groupMin': 'Le minimum ne peut dépasser le maximum.' });
}

@Injectable()
export class LotsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, page: PageArgs, filter: LotFilter = {}): Promise<Connection<Lot>> {
    const scope = actingStructureId(actor);
    const query = listQuery(this.dataSource, Lot, 'l', { marketId: 'ASC', number: 'ASC' });
    if (scope) query.andWhere(reachableLotSql('l'), { scope });
    if (filter.marketId) query.andWhere('l.marketId = :marketId', { marketId: filter.marketId });
    if (filter.awardedStructureId)
      query.andWhere('l.awardedStructureId = :awarded', { awarded: filter.awardedStructureId });
    if (filter.deliveredByMe)
      query.andWhere('l.awardedStructureId = :me AND l.conventionSignedOn IS NOT NULL', { me: actor.structureId });
    return paginate(query, page);
  }

  get(actor: Actor, id: string): Promise<Lot> {
    return findReachableLot(this.dataSource.manager, actor, id);
  }

  async create(actor: Actor, input: CreateLotInput): Promise<Lot> {
    return this.dataSource.transaction(async (manager) => {
      const scope = actingStructureId(actor);
      const market = isUuid(input.marketId)
        ? await manager.findOne(Market, {
            where: { id: input.marketId, ...(scope ? { structureId: scope } : {}) },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!market) throw new NotFoundError('Marché');
      const { quantities, marketId: _marketId, ...fields } = input;
      const lot = manager.create(Lot, {
        ...fields,
        marketId: market.id,
        structureId: market.structureId,
        title: input.title.trim(),
        minParticipants: input.minParticipants ?? null,
        staffingFte: input.staffingFte ?? null,
        maxAnnualPriceTtc: input.maxAnnualPriceTtc ?? null,
        ...Object.fromEntries(QUANTITY_FIELDS.map((f) => [f, null])),
        ...quantityColumns(quantities),
        awardedStructureId: null,
        conventionSignedOn: null,
      });
      checkLot(lot, market);
      if (await manager.existsBy(Lot, { marketId: market.id, number: input.number }))
        throw new InputError({ number: `Le lot ${input.number} existe déjà dans ce marché.` });
      const saved = await manager.save(Lot, lot);
      await this.audit.recordOn(manager, actor, 'lot.created', 'Lot', saved.id, saved.structureId, {
        marketId: market.id,
        number: saved.number,
      });
      return manager.findOneByOrFail(Lot, { id: saved.id });
    });
  }

  async update(actor: Actor, input: UpdateLotInput): Promise<Lot> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOperatorLot(manager, actor, input.id, true);
      const market = await manager.findOneByOrFail(Market, { id: current.marketId });
      const { id: _id, version, quantities, ...fields } = input;
      const changes: Partial<Lot> = {
        ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
        ...quantityColumns(quantities),
      };
      checkLot({ ...current, ...changes }, market);
      if (
        changes.number !== undefined &&
        changes.number !== current.number &&
        (await manager.existsBy(Lot, { marketId: market.id, number: changes.number }))
      ) {
        throw new InputError({ number: `Le lot ${changes.number} existe déjà dans ce marché.` });
      }
      await updateVersioned(manager, Lot, current.id, version, { ...changes });
      await this.audit.recordOn(manager, actor, 'lot.updated', 'Lot', current.id, current.structureId, {
        fields: Object.keys(changes),
      });
      return manager.findOneByOrFail(Lot, { id: current.id });
    });
  }
}
