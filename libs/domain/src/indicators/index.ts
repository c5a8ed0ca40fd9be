import { CalendarDate, isCalendarDate } from '../dates';

/** What a payment indicator counts, over proven activity of a lot. */
export enum IndicatorMeasure {
  /** Distinct participants oriented to the lot with at least one proven activity (present on a signed sheet, or an interview). */
  ACTIVE_FILE = 'ACTIVE_FILE',
  /** Hours of staff time of one kind, only the entries that count (proof attached, tied to participants when the lot asks). */
  HOURS = 'HOURS',
  /** Sessions with at least one participant present on a signed (frozen) sheet. */
  WORKSHOPS_RUN = 'WORKSHOPS_RUN',
  INTERVIEWS = 'INTERVIEWS',
  ASSESSMENTS_DONE = 'ASSESSMENTS_DONE',
}

/** How achievement turns into an amount. */
export enum PaymentRule {
  /** min(rate, 1) × the lot's maximum price. */
  PRO_RATA = 'PRO_RATA',
  /** The share of the highest threshold reached × the lot's maximum price. */
  THRESHOLDS = 'THRESHOLDS',
  /** value × unit price, capped at the lot's maximum price. */
  CAP = 'CAP',
}

export interface Threshold { rate: number; share: number }
/**
 * Parameters of a payment rule. `priceShare` (0 < share ≤ 1, default 1): the part of the lot's annual price this
 * indicator governs, when a lot has several indicators (seed 001, lot 3: face to face, preparation, coordination).
 */
export interface PaymentParams { thresholds?: Threshold[]; unitPrice?: string; priceShare?: number }

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

/** Why payment parameters are wrong, by field; empty when they are fine. */
export function paymentParamsErrors(rule: PaymentRule, params: PaymentParams): Record<string, string> {
  const errors: Record<string, string> = {};
  if (rule === PaymentRule.THRESHOLDS) {
    const list = params.thresholds ?? [];
    if (list.length === 0) errors.thresholds = 'Donnez au moins un palier (taux atteint, part payée).';
    else if (list.some((t) => !(t.rate > 0) || !(t.share >= 0 && t.share <= 1))) errors.thresholds = 'Chaque palier a un taux positif et une part entre 0 et 1.';
  }
  if (params.priceShare !== undefined && params.priceShare !== null && !(params.priceShare > 0 && params.priceShare <= 1)) {
    errors.priceShare = 'La part du prix du lot est comprise entre 0 (exclu) et 1.';
  }
  if (rule === PaymentRule.CAP) {
    if (!params.unitPrice || !/^\d{1,10}(\.\d{1,2})?$/.test(params.unitPrice)) errors.unitPrice = 'Indiquez le prix unitaire en euros (ex. "150.00").';
  }
  return errors;
}

/** The part of the lot's price an indicator governs, in cents (rounded down): price × priceShare. */
export function indicatorPriceCents(lotPriceCents: bigint, params: PaymentParams): bigint {
  if (params.priceShare === undefined || params.priceShare === null) return lotPriceCents;
  return (lotPriceCents * scaled(params.priceShare)) / SCALE;
}

/**
 * The amount payable in cents, never computed with floats; `lotPriceCents` is the lot's annual price, of which the
 * indicator governs `params.priceShare`. A lot without a price pays 0.
 * CAP: value × unit price, capped at the indicator's part of the lot's price (decision documented in docs/api.md).
 */
export function amountPayableCents(rule: PaymentRule, params: PaymentParams, value: number, target: number, lotPriceCents: bigint): bigint {
  const maxPriceCents = indicatorPriceCents(lotPriceCents, params);
  const v = scaled(value);
  const t = scaled(target);
  switch (rule) {
    case PaymentRule.PRO_RATA:
      if (t === 0n) return 0n;
      return (maxPriceCents * (v < t ? v : t)) / t;
    case PaymentRule.THRESHOLDS: {
      if (t === 0n) return 0n;
      let share = 0n;
      for (const threshold of params.thresholds ?? []) {
        // reached when v / t >= rate, i.e. v × SCALE >= rate × SCALE × t
        if (v * SCALE >= scaled(threshold.rate) * t) {
          const s = scaled(threshold.share);
          if (s > share) share = s;
        }
      }
      return (maxPriceCents * share) / SCALE;
    }
    case PaymentRule.CAP: {
      const amount = (v * eurosToCents(params.unitPrice ?? '0')) / SCALE;
      return amount < maxPriceCents ? amount : maxPriceCents;
    }
  }
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
