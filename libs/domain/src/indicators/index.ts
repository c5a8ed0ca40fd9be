import { CalendarDate, isCalendarDate } from '../dates';

/** What a payment indicator counts, over proven activity of a lot. */
export enum IndicatorMeasure {
  /** Distinct participants oriented to the lot with at least one proven activity (present on a signed sheet, or an interview). */
  ACTIVE_FILE = 'ACTIVE_FILE',
  /** Hours of staff time of one kind, only the entries that count (proof attached, tied to participants when the lot asks). */
  HOURS = 'HOURS',
  /** Sessions with at least one participant present on a signed (frozen) sheet. */
  WORKSHOPS_RUN = 'WORKSHOPS_RUN',
  /** Interviews with their proof. */
  INTERVIEWS = 'INTERVIEWS',
  /** Assessments completed (seed 002, lot 4). */
  ASSESSMENTS_DONE = 'ASSESSMENTS_DONE',
  /** Exits from the action (of one kind, or all), proven by the exit liaison sheet sent. */
  EXITS = 'EXITS',
  /** Share (%) of the liaison sheets due (entry within 15 days of the orientation, exit within 15 days of the exit) sent on time. */
  SHEETS_ON_TIME = 'SHEETS_ON_TIME',
  /** Average days from the orientation to the first proven appointment (interview with proof, presence on a signed sheet); lower is better. */
  FIRST_APPOINTMENT_WAIT = 'FIRST_APPOINTMENT_WAIT',
}

/** How the proven units of a measure make its value. */
export type MeasureAggregate = 'SUM' | 'SHARE' | 'AVERAGE';

export const MEASURE_AGGREGATE: Record<IndicatorMeasure, MeasureAggregate> = {
  [IndicatorMeasure.ACTIVE_FILE]: 'SUM',
  [IndicatorMeasure.HOURS]: 'SUM',
  [IndicatorMeasure.WORKSHOPS_RUN]: 'SUM',
  [IndicatorMeasure.INTERVIEWS]: 'SUM',
  [IndicatorMeasure.ASSESSMENTS_DONE]: 'SUM',
  [IndicatorMeasure.EXITS]: 'SUM',
  [IndicatorMeasure.SHEETS_ON_TIME]: 'SHARE',
  [IndicatorMeasure.FIRST_APPOINTMENT_WAIT]: 'AVERAGE',
};

export const INDICATOR_MEASURE_LABELS: Record<IndicatorMeasure, string> = {
  [IndicatorMeasure.ACTIVE_FILE]: 'File active (participants distincts)',
  [IndicatorMeasure.HOURS]: 'Heures',
  [IndicatorMeasure.WORKSHOPS_RUN]: 'Ateliers réalisés',
  [IndicatorMeasure.INTERVIEWS]: 'Entretiens',
  [IndicatorMeasure.ASSESSMENTS_DONE]: 'Bilans réalisés',
  [IndicatorMeasure.EXITS]: 'Sorties',
  [IndicatorMeasure.SHEETS_ON_TIME]: 'Fiches de liaison envoyées dans les délais (%)',
  [IndicatorMeasure.FIRST_APPOINTMENT_WAIT]: 'Délai moyen avant le premier rendez-vous (jours)',
};

/** A unit of a measure as the drill-down lists it: its quantity, and whether a proof backs it. */
export interface MeasureUnit {
  quantity: number;
  proven: boolean;
}

/** What the SQL aggregates per indicator: sum of the proven quantities, count of proven and of unproven units. */
export interface MeasureAggregates {
  provenSum: number;
  proven: number;
  unproven: number;
}

export function aggregateUnits(units: readonly MeasureUnit[]): MeasureAggregates {
  const proven = units.filter((u) => u.proven);
  return {
    provenSum: proven.reduce((sum, u) => sum + u.quantity, 0),
    proven: proven.length,
    unproven: units.length - proven.length,
  };
}

/**
 * The value of a measure: SUM of the proven quantities; SHARE of proven units among all units, in % (the units lacking
 * proof are the late or missing sheets); AVERAGE of the proven quantities (days). Rounded to 2 decimals.
 */
export function measureValue(measure: IndicatorMeasure, { provenSum, proven, unproven }: MeasureAggregates): number {
  const round = (n: number) => Math.round(n * 100) / 100;
  switch (MEASURE_AGGREGATE[measure]) {
    case 'SUM':
      return round(provenSum);
    case 'SHARE':
      return proven + unproven ? round((proven * 100) / (proven + unproven)) : 0;
    case 'AVERAGE':
      return proven ? round(provenSum / proven) : 0;
  }
}

/** Whether a lower value is better (a waiting time): the target is then a maximum. */
export const lowerIsBetter = (measure: IndicatorMeasure): boolean =>
  measure === IndicatorMeasure.FIRST_APPOINTMENT_WAIT;

/** How achievement turns into an amount. */
export enum PaymentRule {
  /** min(rate, 1) × the lot's maximum price. */
  PRO_RATA = 'PRO_RATA',
  /** The share of the highest threshold reached × the lot's maximum price. */
  THRESHOLDS = 'THRESHOLDS',
  /** value × unit price, capped at the lot's maximum price. */
  CAP = 'CAP',
}

export interface Threshold {
  rate: number;
  share: number;
}
/**
 * Parameters of a payment rule. `priceShare` (0 < share ≤ 1, default 1): the part of the lot's annual price this
 * indicator governs, when a lot has several indicators (seed 001, lot 3: face to face, preparation, coordination).
 */
export interface PaymentParams {
  thresholds?: Threshold[];
  unitPrice?: string;
  priceShare?: number;
}

const SCALE = 10_000n;

/** A non-negative decimal (number or "123.45") as an integer count of 1/10 000. */
function scaled(value: number | string): bigint {
  const text = typeof value === 'number' ? value.toFixed(4) : value.trim();
  const match = /^(\d+)(?:\.(\d{1,4})\d*)?$/.exec(text);
  if (!match) throw new Error(`Not a non-negative decimal: ${value}`);
  return BigInt(match[1]) * SCALE + BigInt((match[2] ?? '').padEnd(4, '0'));
}

/** Euros written "42000.00" (or "42000", "42000.5") as cents. */
export function eurosToCents(euros: string): bigint {
  return scaled(euros) / 100n;
}

/** Cents as euros written "1234.56". */
export function centsToEuros(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Achievement rate value / target (0 when the target is not positive). */
export function achievementRate(value: number, target: number): number {
  return target > 0 ? value / target : 0;
}

/**
 * The achievement rate of a measure: value / target, or, for a waiting time (the target is a maximum), 1 when the
 * average is within the target and target / value beyond it; 0 while nothing is proven.
 */
export function measureAchievementRate(
  measure: IndicatorMeasure,
  value: number,
  target: number,
  provenUnits: number,
): number {
  if (!lowerIsBetter(measure)) return achievementRate(value, target);
  if (provenUnits === 0 || target <= 0) return 0;
  return value <= target ? 1 : target / value;
}

/** The projection of a measure: cumulative ones at the current pace, the others (a share, an average) as they are. */
export function measureProjection(
  measure: IndicatorMeasure,
  value: number,
  start: CalendarDate,
  end: CalendarDate,
  asOf: CalendarDate,
): number {
  return MEASURE_AGGREGATE[measure] === 'SUM' ? projectedValue(value, start, end, asOf) : asOf < start ? 0 : value;
}

/** Why payment parameters are wrong, by field; empty when they are fine. */
export function paymentParamsErrors(rule: PaymentRule, params: PaymentParams): Record<string, string> {
  const errors: Record<string, string> = {};
  if (rule === PaymentRule.THRESHOLDS) {
    const list = params.thresholds ?? [];
    if (list.length === 0) errors.thresholds = 'Donnez au moins un palier (taux atteint, part payée).';
    else if (list.some((t) => !(t.rate > 0) || !(t.share >= 0 && t.share <= 1)))
      errors.thresholds = 'Chaque palier a un taux positif et une part entre 0 et 1.';
  }
  if (
    params.priceShare !== undefined &&
    params.priceShare !== null &&
    !(params.priceShare > 0 && params.priceShare <= 1)
  ) {
    errors.priceShare = 'La part du prix du lot est comprise entre 0 (exclu) et 1.';
  }
  if (rule === PaymentRule.CAP) {
    if (!params.unitPrice || !/^\d{1,10}(\.\d{1,2})?$/.test(params.unitPrice))
      errors.unitPrice = 'Indiquez le prix unitaire en euros (ex. "150.00").';
  }
  return errors;
}

/** The part of the lot's price an indicator governs, in cents (rounded down): price × priceShare. */
export function indicatorPriceCents(lotPriceCents: bigint, params: PaymentParams): bigint {
  if (params.priceShare === undefined || params.priceShare === null) return lotPriceCents;
  return (lotPriceCents * scaled(params.priceShare)) / SCALE;
}

/** An exact non-negative quantity, num / den (den > 0): proven quantities before any rounding. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

const ratioOf = (value: number | Ratio): Ratio =>
  typeof value === 'number' ? { num: scaled(value), den: SCALE } : value;
const lessThan = (a: Ratio, b: Ratio) => a.num * b.den < b.num * a.den;

/** A ratio as a number rounded to 2 decimals, as values are shown. */
export function ratioValue(value: Ratio): number {
  if (value.den === 0n) return 0;
  const hundredths = (value.num * 200n + value.den) / (value.den * 2n); // half up
  return Number(hundredths) / 100;
}

/** Hours are summed in minutes by the SQL aggregates: a measure's sum is divided by this to make its value. */
export const MEASURE_SUM_DIVISOR: Partial<Record<IndicatorMeasure, bigint>> = { [IndicatorMeasure.HOURS]: 60n };

/**
 * The exact value of a measure from its aggregates, nothing rounded: `provenSum` is the decimal text of the SQL sum, in
 * minutes for hours (MEASURE_SUM_DIVISOR); SHARE is a percentage, AVERAGE the sum over the proven units.
 */
export function exactMeasureValue(
  measure: IndicatorMeasure,
  { provenSum, proven, unproven }: { provenSum: string; proven: number; unproven: number },
): Ratio {
  const sum = scaled(provenSum);
  const divisor = MEASURE_SUM_DIVISOR[measure] ?? 1n;
  switch (MEASURE_AGGREGATE[measure]) {
    case 'SUM':
      return { num: sum, den: SCALE * divisor };
    case 'SHARE':
      return proven + unproven ? { num: BigInt(proven * 100), den: BigInt(proven + unproven) } : { num: 0n, den: 1n };
    case 'AVERAGE':
      return proven ? { num: sum, den: SCALE * divisor * BigInt(proven) } : { num: 0n, den: 1n };
  }
}

/** num / den cents rounded down to the cent (never more than proven): the only rounding of an amount. */
const roundCents = (num: bigint, den: bigint): bigint => num / den;

/**
 * The amount payable in cents, never computed with floats; `lotPriceCents` is the lot's annual price, of which the
 * indicator governs `params.priceShare`. A lot without a price pays 0. The value may be exact (a Ratio: hours from
 * their minutes); the amount is computed exactly and rounded once, down to the cent.
 * CAP: value × unit price, capped at the indicator's part of the lot's price (decision documented in docs/api.md).
 */
export function amountPayableCents(
  rule: PaymentRule,
  params: PaymentParams,
  value: number | Ratio,
  target: number | Ratio,
  lotPriceCents: bigint,
): bigint {
  // The indicator's part of the price: lotPriceCents × share / SCALE, kept exact.
  const share = params.priceShare === undefined || params.priceShare === null ? SCALE : scaled(params.priceShare);
  const v = ratioOf(value);
  const t = ratioOf(target);
  switch (rule) {
    case PaymentRule.PRO_RATA: {
      if (t.num === 0n) return 0n;
      // price × share × min(v, t) / t
      const reached = lessThan(v, t) ? v : t;
      return roundCents(lotPriceCents * share * reached.num * t.den, SCALE * reached.den * t.num);
    }
    case PaymentRule.THRESHOLDS: {
      if (t.num === 0n) return 0n;
      let paid = 0n;
      for (const threshold of params.thresholds ?? []) {
        // reached when v / t >= rate, i.e. v.num × t.den × SCALE >= rate × SCALE × t.num × v.den
        if (v.num * t.den * SCALE >= scaled(threshold.rate) * t.num * v.den) {
          const s = scaled(threshold.share);
          if (s > paid) paid = s;
        }
      }
      return roundCents(lotPriceCents * share * paid, SCALE * SCALE);
    }
    case PaymentRule.CAP: {
      // min(v × unit price, price × share)
      const amount = { num: v.num * eurosToCents(params.unitPrice ?? '0'), den: v.den };
      const cap = { num: lotPriceCents * share, den: SCALE };
      const paid = lessThan(amount, cap) ? amount : cap;
      return roundCents(paid.num, paid.den);
    }
  }
}

/**
 * The amount payable for an indicator: its rule applied to the value, or, for a waiting time (lower is better), to
 * the achievement target / value (full when within the target, nothing while nothing is proven).
 */
export function indicatorAmountCents(
  measure: IndicatorMeasure,
  rule: PaymentRule,
  params: PaymentParams,
  value: number | Ratio,
  target: number,
  provenUnits: number,
  lotPriceCents: bigint,
): bigint {
  if (!lowerIsBetter(measure)) return amountPayableCents(rule, params, value, target, lotPriceCents);
  if (provenUnits === 0 || target <= 0) return 0n;
  // rate = target / value when beyond the target: the rule sees `target` achieved out of `value`
  return !lessThan(ratioOf(target), ratioOf(value))
    ? amountPayableCents(rule, params, 1, 1, lotPriceCents)
    : amountPayableCents(rule, params, target, value, lotPriceCents);
}

/** A unit price (CAP) only makes sense for a count or a sum, not for a share or an average. */
export function ruleAllowedFor(measure: IndicatorMeasure, rule: PaymentRule): boolean {
  return rule !== PaymentRule.CAP || MEASURE_AGGREGATE[measure] === 'SUM';
}

function dayNumber(date: CalendarDate): number {
  if (!isCalendarDate(date)) throw new Error(`Not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Days of a period, both ends included. */
export function periodDays(start: CalendarDate, end: CalendarDate): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

/**
 * The value projected to the end of the period at the current pace: value × periodDays / elapsedDays, elapsed days
 * counted from the start to `asOf` (both included). Before the period: 0; on or after its end: the value itself.
 */
export function projectedValue(value: number, start: CalendarDate, end: CalendarDate, asOf: CalendarDate): number {
  if (asOf < start) return 0;
  if (asOf >= end) return value;
  const total = periodDays(start, end);
  const elapsed = periodDays(start, asOf);
  return Math.round((value * total * 100) / elapsed) / 100;
}
