import { runUnscoped } from '../../core/database/row-scope';
import {
  centsToEuros,
  eurosToCents,
  exactMeasureValue,
  indicatorAmountCents,
  measureAchievementRate,
  measureProjection,
  ratioValue,
} from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { IndicatorStatus } from './indicators.dto';
import { aggregatesSql } from './indicator-units.sql';
import { PaymentIndicator } from './payment-indicator.entity';

interface AggregateRow {
  indicatorId: string;
  sum: string;
  proven: number;
  unproven: number;
}

/**
 * The status of many indicators at `asOf` in one SQL query (whatever their lots and measures): value, rate, amount
 * payable (integer cents, from the lot's maximum price), projection, and the count of units that lack proof.
 */
export async function computeStatuses(
  manager: EntityManager,
  indicators: PaymentIndicator[],
  asOf: string,
): Promise<IndicatorStatus[]> {
  if (indicators.length === 0) return [];
  const maxPriceByLot = await lotPrices(manager, [...new Set(indicators.map((i) => i.lotId))]);
  // Keyed by the ids of indicators whose lot the caller was checked to reach; under the row policies this statement
  // (joins over every activity table of the lot) plans ten times slower, so it runs as the owner (docs/architecture.md).
  const rows = await runUnscoped(() =>
    manager.query<AggregateRow[]>(aggregatesSql(indicators.map((i) => i.measure)), [indicators.map((i) => i.id), asOf]),
  );
  const byId = new Map(rows.map((r) => [r.indicatorId, r]));
  return indicators.map((indicator) => {
    const row = byId.get(indicator.id);
    const provenUnits = row?.proven ?? 0;
    // Exact (hours from their minutes) for the amount; rounded to the hundredth only as shown.
    const exact = exactMeasureValue(indicator.measure, {
      provenSum: row?.sum ?? '0',
      proven: provenUnits,
      unproven: row?.unproven ?? 0,
    });
    const value = ratioValue(exact);
    const max = maxPriceByLot.get(indicator.lotId);
    return {
      indicator,
      asOf,
      value,
      target: indicator.target,
      achievementRate:
        Math.round(measureAchievementRate(indicator.measure, value, indicator.target, provenUnits) * 10_000) / 10_000,
      amountPayable: centsToEuros(
        indicatorAmountCents(
          indicator.measure,
          indicator.rule,
          indicator.params,
          exact,
          indicator.target,
          provenUnits,
          max ? eurosToCents(max) : 0n,
        ),
      ),
      projectedValue: measureProjection(indicator.measure, value, indicator.periodStart, indicator.periodEnd, asOf),
      provenUnits,
      unprovenUnits: row?.unproven ?? 0,
    };
  });
}

/**
 * The price the indicators of a lot share: the lot's maximum annual price, or, when the call for tenders states none
 * (seed 002), the amount of its signed convention.
 */
export async function lotPrices(manager: EntityManager, lotIds: string[]): Promise<Map<string, string | null>> {
  const rows = await manager.query<{ id: string; price: string | null }[]>(
    `SELECT l.id, COALESCE(l."maxAnnualPriceTtc", c."amountTtc")::text AS price FROM lots l LEFT JOIN conventions c ON c."lotId" = l.id WHERE l.id = ANY($1::uuid[])`,
    [lotIds],
  );
  return new Map(rows.map((r) => [r.id, r.price]));
}
