import { runUnscoped } from '../../core/database/row-scope';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  centsToEuros,
  eurosToCents,
  IndicatorMeasure,
  isCalendarDate,
  measureAchievementRate,
  exactMeasureValue,
  ratioValue,
  PaymentParams,
  paymentParamsErrors,
  ruleAllowedFor,
  todayInParis,
} from '@passerelle/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '../../core/auth/actor';
import { ConflictError, DomainError, InputError, NotFoundError } from '../../core/graphql/errors';
import { Connection, connectionOf, decodeCursor, PageArgs } from '../../core/graphql/pagination';
import { findOperatorLot, findReachableLot } from '../markets/lot-access';
import { isUuid } from '../../core/validation/calendar-date.validator';
import { requireStructureId } from '../../core/tenancy/scope';
import {
  CreatePaymentIndicatorInput,
  DeletePaymentIndicatorInput,
  IndicatorHistoryPoint,
  IndicatorStatus,
  IndicatorUnit,
  LotIndicatorOverview,
  OperatorIndicatorOverviewArgs,
  PaymentIndicatorFields,
  UpdatePaymentIndicatorInput,
} from './indicators.dto';
import { monthEnds } from './indicator-history';
import { computeStatuses } from './indicator-statuses';
import { aggregatesSql, distinctUnitsSql } from './indicator-units.sql';
import { PaymentIndicator } from './payment-indicator.entity';

interface UnitRow extends Omit<IndicatorUnit, 'quantity' | 'date'> {
  indicatorId: string;
  quantity: string;
  date: string | Date;
  total: string;
}

export class IndicatorFrozenError extends DomainError {
  constructor() {
    super(
      'BAD_USER_INPUT',
      'Les chiffres de cet indicateur sont figés dans un bilan transmis : il ne peut plus être supprimé. Modifiez-le, ou fixez la fin de sa période.',
      {
        reason: 'INDICATOR_FROZEN',
      },
    );
  }
}

@Injectable()
export class IndicatorsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(actor: Actor, input: CreatePaymentIndicatorInput): Promise<PaymentIndicator> {
    const lot = await findOperatorLot(this.dataSource.manager, actor, input.lotId);
    const params = await this.checked(this.dataSource.manager, lot.id, input, null);
    return this.dataSource
      .getRepository(PaymentIndicator)
      .save({ lotId: lot.id, structureId: lot.structureId, ...this.columns(input, params) });
  }

  /** The operator redefines an indicator (the figures frozen in submitted reports stay as they were). */
  async update(actor: Actor, input: UpdatePaymentIndicatorInput): Promise<PaymentIndicator> {
    return this.dataSource.transaction(async (manager) => {
      const indicator = await this.operatorIndicator(manager, actor, input.id, input.version);
      const params = await this.checked(manager, indicator.lotId, input, indicator.id);
      await manager.update(
        PaymentIndicator,
        { id: indicator.id },
        { ...this.columns(input, params), version: indicator.version + 1 },
      );
      return manager.findOneByOrFail(PaymentIndicator, { id: indicator.id });
    });
  }

  /** Deletes an indicator, unless its figures are frozen in a submitted or accepted report. */
  async remove(actor: Actor, input: DeletePaymentIndicatorInput): Promise<PaymentIndicator> {
    return this.dataSource.transaction(async (manager) => {
      const indicator = await this.operatorIndicator(manager, actor, input.id, input.version);
      const [{ frozen }] = await manager.query<{ frozen: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM reports WHERE snapshot @> $1::jsonb) AS frozen`,
        [JSON.stringify({ tables: [{ key: 'indicators', rows: [{ key: indicator.id }] }] })],
      );
      if (frozen) throw new IndicatorFrozenError();
      await manager.delete(PaymentIndicator, { id: indicator.id });
      return indicator;
    });
  }

  /**
   * The value of an indicator at each date, in one statement: the same aggregate as `computeStatuses`, computed for
   * every day of the series at once (a lateral join on the days).
   */
  async history(actor: Actor, indicatorId: string, dates?: string[] | null): Promise<IndicatorHistoryPoint[]> {
    const indicator = isUuid(indicatorId)
      ? await this.dataSource.getRepository(PaymentIndicator).findOneBy({ id: indicatorId })
      : null;
    if (!indicator) throw new NotFoundError('Indicateur');
    await findReachableLot(this.dataSource.manager, actor, indicator.lotId, 'Indicateur');
    const days = [
      ...new Set(dates?.length ? dates : monthEnds(indicator.periodStart, indicator.periodEnd, todayInParis())),
    ].sort();
    const perDay = aggregatesSql([indicator.measure], 'd.day');
    const rows = await this.dataSource.query<
      { date: string; sum: string | null; proven: number | null; unproven: number | null }[]
    >(
      `SELECT to_char(d.day, 'YYYY-MM-DD') AS date, a.sum, a.proven, a.unproven
         FROM unnest($2::date[]) AS d(day) LEFT JOIN LATERAL (${perDay}) a ON true ORDER BY d.day`,
      [[indicator.id], days],
    );
    return rows.map((row) => {
      const proven = row.proven ?? 0;
      const value = ratioValue(
        exactMeasureValue(indicator.measure, { provenSum: row.sum ?? '0', proven, unproven: row.unproven ?? 0 }),
      );
      return {
        date: row.date,
        value,
        provenUnits: proven,
        achievementRate:
          Math.round(measureAchievementRate(indicator.measure, value, indicator.target, proven) * 10_000) / 10_000,
      };
    });
  }

  private async operatorIndicator(
    manager: EntityManager,
    actor: Actor,
    id: string,
    version: number,
  ): Promise<PaymentIndicator> {
    const indicator = isUuid(id)
      ? await manager.findOne(PaymentIndicator, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!indicator) throw new NotFoundError('Indicateur');
    await findOperatorLot(manager, actor, indicator.lotId).catch(() => {
      throw new NotFoundError('Indicateur');
    });
    if (indicator.version !== version) throw new ConflictError();
    return indicator;
  }

  private columns(input: PaymentIndicatorFields, params: PaymentParams) {
    return {
      label: input.label.trim(),
      measure: input.measure,
      hourKind: input.hourKind ?? null,
      exitReason: input.exitReason ?? null,
      communeCodes: input.communeCodes?.length ? input.communeCodes : null,
      target: input.target,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      rule: input.rule,
      params,
    };
  }

  /** The definition's errors in French, field by field (thrown at once), or the payment parameters to store. */
  private async checked(
    manager: EntityManager,
    lotId: string,
    input: PaymentIndicatorFields,
    excludeId: string | null,
  ): Promise<PaymentParams> {
    const errors: Record<string, string> = {};
    if (input.periodEnd < input.periodStart) errors.periodEnd = 'La fin de période ne peut précéder son début.';
    if (input.measure === IndicatorMeasure.HOURS && !input.hourKind)
      errors.hourKind = 'Précisez la nature du temps compté.';
    if (input.measure !== IndicatorMeasure.HOURS && input.hourKind)
      errors.hourKind = 'La nature du temps ne vaut que pour un indicateur en heures.';
    if (input.measure !== IndicatorMeasure.ACTIVE_FILE && input.communeCodes?.length)
      errors.communeCodes = 'Le territoire ne vaut que pour la file active.';
    if (input.measure !== IndicatorMeasure.EXITS && input.exitReason)
      errors.exitReason = 'Le motif de sortie ne vaut que pour un indicateur de sorties.';
    if (!ruleAllowedFor(input.measure, input.rule))
      errors.rule = 'Un prix unitaire ne s’applique qu’à un nombre ou une somme, pas à une part ni à une moyenne.';
    if (input.measure === IndicatorMeasure.SHEETS_ON_TIME && input.target > 100)
      errors.target = 'La cible est une part en % (100 au plus).';
    if (input.params?.priceShare != null) {
      const [{ used }] = await manager.query<{ used: string | null }[]>(
        `SELECT SUM(COALESCE((params->>'priceShare')::numeric, 1))::text AS used FROM payment_indicators
          WHERE "lotId" = $1 AND "periodStart" <= $3 AND "periodEnd" >= $2 AND ($4::uuid IS NULL OR id <> $4)`,
        [lotId, input.periodStart, input.periodEnd, excludeId],
      );
      if (Number(used ?? 0) + input.params.priceShare > 1.0001)
        errors['params.priceShare'] =
          'Les parts du prix du lot régies par ses indicateurs sur cette période dépassent 100 %.';
    }
    const params = {
      ...(input.params?.thresholds
        ? { thresholds: input.params.thresholds.map(({ rate, share }) => ({ rate, share })) }
        : {}),
      ...(input.params?.unitPrice ? { unitPrice: input.params.unitPrice } : {}),
      ...(input.params?.priceShare != null ? { priceShare: input.params.priceShare } : {}),
    };
    Object.assign(
      errors,
      Object.fromEntries(Object.entries(paymentParamsErrors(input.rule, params)).map(([k, v]) => [`params.${k}`, v])),
    );
    if (Object.keys(errors).length) throw new InputError(errors);
    return params;
  }

  async lotIndicators(actor: Actor, lotId: string, asOf?: string): Promise<IndicatorStatus[]> {
    const day = this.day(asOf);
    const lot = await findReachableLot(this.dataSource.manager, actor, lotId);
    const indicators = await this.dataSource
      .getRepository(PaymentIndicator)
      .find({ where: { lotId: lot.id }, order: { createdAt: 'ASC', measure: 'ASC', hourKind: 'ASC', id: 'ASC' } });
    return computeStatuses(this.dataSource.manager, indicators, day);
  }

  /**
   * The operator's overview: one page of the lots of its markets (current structure), each with its provider and the
   * status of its indicators. Three queries whatever the page size: the lots, their indicators, all values at once.
   */
  async overview(actor: Actor, args: OperatorIndicatorOverviewArgs): Promise<Connection<LotIndicatorOverview>> {
    const day = this.day(args.asOf);
    const scope = requireStructureId(actor);
    const offset = decodeCursor(args.after);
    const lots = await this.dataSource.query<
      (Omit<LotIndicatorOverview, 'indicators' | 'amountPayable'> & { total: string })[]
    >(
      `SELECT l.id AS "lotId", l.number AS "lotNumber", l.title AS "lotTitle", m.id AS "marketId", m.reference AS "marketReference", m.title AS "marketTitle",
              l."awardedStructureId" AS "providerStructureId", s.name AS "providerName", l."maxAnnualPriceTtc"::text AS "maxAnnualPriceTtc", count(*) OVER () AS total
         FROM lots l
         JOIN markets m ON m.id = l."marketId"
         LEFT JOIN structures s ON s.id = l."awardedStructureId"
        WHERE l."structureId" = $1 AND ($2::uuid IS NULL OR l."marketId" = $2) AND ($3::uuid IS NULL OR l."awardedStructureId" = $3)
        ORDER BY m."startsOn" DESC, m.reference, l.number, l.id
       OFFSET $4 LIMIT $5`,
      [scope, args.marketId ?? null, args.providerStructureId ?? null, offset, args.first],
    );
    const indicators = lots.length
      ? await this.dataSource.getRepository(PaymentIndicator).find({
          where: { lotId: In(lots.map((l) => l.lotId)) },
          order: { createdAt: 'ASC', measure: 'ASC', hourKind: 'ASC', id: 'ASC' },
        })
      : [];
    const statuses = await computeStatuses(this.dataSource.manager, indicators, day);
    const total = lots.length ? Number(lots[0].total) : 0;
    const nodes = lots.map(({ total: _t, ...lot }) => {
      const own = statuses.filter((s) => s.indicator.lotId === lot.lotId);
      const cents = own.reduce((sum, s) => sum + eurosToCents(s.amountPayable), 0n);
      return { ...lot, indicators: own, amountPayable: centsToEuros(cents) };
    });
    return connectionOf(nodes, total, offset);
  }

  async units(
    actor: Actor,
    indicatorId: string,
    page: PageArgs,
    asOf?: string,
    unproven = false,
  ): Promise<Connection<IndicatorUnit>> {
    const day = this.day(asOf);
    const indicator = isUuid(indicatorId)
      ? await this.dataSource.getRepository(PaymentIndicator).findOneBy({ id: indicatorId })
      : null;
    if (!indicator) throw new NotFoundError('Indicateur');
    await findReachableLot(this.dataSource.manager, actor, indicator.lotId, 'Indicateur');
    const offset = decodeCursor(page.after);
    const units = `SELECT * FROM (${distinctUnitsSql([indicator.measure])}) d WHERE (gap IS NOT NULL) = $3`;
    const params = [[indicator.id], day, unproven];
    // The units of an indicator of a lot the caller reaches: an aggregate run as the owner, as in computeStatuses.
    const rows = await runUnscoped(() =>
      this.dataSource.query<UnitRow[]>(
        `SELECT u.*, count(*) OVER () AS total FROM (${units}) u ORDER BY date, "unitId" OFFSET $4 LIMIT $5`,
        [...params, offset, page.first],
      ),
    );
    const total = rows.length
      ? Number(rows[0].total)
      : offset > 0
        ? Number(
            (
              await runUnscoped(() =>
                this.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM (${units}) u`, params),
              )
            )[0].n,
          )
        : 0;
    const nodes = rows.map(({ total: _t, indicatorId: _i, ...row }) => ({
      ...row,
      quantity: Math.round(Number(row.quantity) * 100) / 100,
      date: typeof row.date === 'string' ? row.date : row.date.toISOString().slice(0, 10),
    }));
    return connectionOf(nodes, total, offset);
  }

  private day(asOf?: string): string {
    if (asOf === undefined || asOf === null) return todayInParis();
    if (!isCalendarDate(asOf)) throw new InputError({ asOf: 'Date invalide (AAAA-MM-JJ attendu).' });
    return asOf;
  }
}
