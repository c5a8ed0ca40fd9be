import {
  ACTION_EXIT_REASON_LABELS,
  HOUR_KIND_LABELS,
  INDICATOR_MEASURE_LABELS,
  IndicatorMeasure,
  lowerIsBetter,
  MEASURE_AGGREGATE,
  PaymentRule,
  periodDays,
} from '@passerelle/domain';
import { formatNumber } from '../../lib/format';

export const MEASURE_LABELS: Record<string, string> = INDICATOR_MEASURE_LABELS;

export const RULE_LABELS: Record<string, string> = {
  [PaymentRule.PRO_RATA]: 'Au prorata du prix maximum',
  [PaymentRule.THRESHOLDS]: 'Par paliers',
  [PaymentRule.CAP]: 'Prix unitaire plafonné',
};

export const PROOF_KIND_LABELS: Record<string, string> = {
  ATTENDANCE: 'Feuille d’émargement',
  INTERVIEW: 'Entretien',
  TIME_ENTRY: 'Temps déclaré',
  ASSESSMENT: 'Bilan',
  LIAISON_SHEET: 'Fiche de liaison',
};

const decimalFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** An indicator's value with its unit: "12,5 h" for hours, "85 %" for a share, "12 j" for a waiting time, "42" otherwise. */
export function formatIndicatorValue(value: number, measure: string): string {
  const text = decimalFormat.format(value);
  switch (measure) {
    case IndicatorMeasure.HOURS:
      return `${text} h`;
    case IndicatorMeasure.SHEETS_ON_TIME:
      return `${text} %`;
    case IndicatorMeasure.FIRST_APPOINTMENT_WAIT:
      return `${text} j`;
    default:
      return text;
  }
}

/** Whether the measure adds up over time (counts, hours) — then the projection follows the pace; a share or an average stays as it is. */
export function isCumulative(measure: string): boolean {
  return MEASURE_AGGREGATE[measure as IndicatorMeasure] === 'SUM';
}

/** A waiting time: its target is a maximum. */
export function isLowerBetter(measure: string): boolean {
  return lowerIsBetter(measure as IndicatorMeasure);
}

/** "12600.00" (exact decimal from the API) → "12 600,00 €". */
export function formatAmount(euros: string | null | undefined): string {
  if (euros === null || euros === undefined || euros === '') return '—';
  const value = Number(euros);
  return Number.isFinite(value) ? euroFormat.format(value) : euros;
}

/** The measure and its precision: "Heures · Face à face", "Sorties · Emploi ou formation". */
export function measureLabel(measure: string, hourKind?: string | null, exitReason?: string | null): string {
  const label = MEASURE_LABELS[measure] ?? measure;
  if (hourKind) return `${label} · ${HOUR_KIND_LABELS[hourKind as keyof typeof HOUR_KIND_LABELS] ?? hourKind}`;
  if (exitReason)
    return `${label} · ${ACTION_EXIT_REASON_LABELS[exitReason as keyof typeof ACTION_EXIT_REASON_LABELS] ?? exitReason}`;
  return label;
}

export interface Trend {
  color: string;
  label: string;
}

/**
 * Where an indicator stands: target reached (teal), on its way to reach it at the current pace (blue), behind
 * (orange). A waiting time is within its maximum or beyond it; a share or an average has no pace to follow.
 */
export function indicatorTrend(measure: string, rate: number, projected: number, target: number): Trend {
  if (isLowerBetter(measure))
    return rate >= 1 ? { color: 'teal', label: 'Dans le délai' } : { color: 'orange', label: 'Au-delà du délai' };
  if (rate >= 1) return { color: 'teal', label: 'Cible atteinte' };
  if (isCumulative(measure) && target > 0 && projected >= target) return { color: 'blue', label: 'En bonne voie' };
  return { color: 'orange', label: 'En retard sur la cible' };
}

/** The part of the ring to fill, in percent (a rate above 100 % fills it). */
export function gaugePercent(rate: number): number {
  if (!Number.isFinite(rate) || rate <= 0) return 0;
  return Math.min(100, Math.round(rate * 1000) / 10);
}

export interface ProjectionPoint {
  day: string;
  /** What was done (known at the start and on the day of computation only). */
  realise: number | null;
  /** The current pace carried on to the end of the period. */
  projection: number | null;
  cible: number;
}

function addDaysUtc(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The projection chart's points: 0 at the start of the period, the value on `asOf`, then the value the same pace
 * gives on each step to the end of the period (the same formula the API uses for `projectedValue`).
 */
export function projectionSeries(
  periodStart: string,
  periodEnd: string,
  asOf: string,
  value: number,
  target: number,
  steps = 6,
  cumulative = true,
): ProjectionPoint[] {
  if (periodEnd < periodStart) return [];
  // A count starts the period at 0; a share or an average has no value before its first unit.
  const points: ProjectionPoint[] = [
    { day: periodStart, realise: cumulative ? 0 : null, projection: null, cible: target },
  ];
  if (asOf < periodStart) {
    points.push({ day: periodEnd, realise: null, projection: 0, cible: target });
    points[0].projection = 0;
    return points;
  }
  const today = asOf > periodEnd ? periodEnd : asOf;
  if (today > periodStart) points.push({ day: today, realise: value, projection: value, cible: target });
  else points[0] = { ...points[0], realise: value, projection: value };
  if (today >= periodEnd) return points;
  const remaining = periodDays(today, periodEnd) - 1;
  const count = Math.max(1, Math.min(steps, remaining));
  for (let i = 1; i <= count; i++) {
    const day = i === count ? periodEnd : addDaysUtc(today, Math.round((remaining * i) / count));
    points.push({
      day,
      realise: null,
      projection: cumulative ? paceValue(value, periodStart, today, day) : value,
      cible: target,
    });
  }
  return points;
}

/**
 * The days the chart reads the value at: the last day of every month of the period before the day of computation,
 * then that day (capped at the end of the period). None before the period starts.
 */
export function historyDays(periodStart: string, periodEnd: string, asOf: string): string[] {
  const last = asOf < periodEnd ? asOf : periodEnd;
  if (last < periodStart) return [];
  const days: string[] = [];
  let month = `${periodStart.slice(0, 7)}-01`;
  for (;;) {
    const [y, m] = month.split('-').map(Number);
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    const monthEnd = addDaysUtc(next, -1);
    if (monthEnd >= last) break;
    days.push(monthEnd);
    month = next;
  }
  days.push(last);
  return days;
}

/** The projection's points with the value actually reached at each day of the history (API `indicatorHistory`). */
export function withHistory(
  points: ProjectionPoint[],
  history: readonly { date: string; value: number }[],
): ProjectionPoint[] {
  if (points.length === 0) return points;
  const byDay = new Map(points.map((point) => [point.day, { ...point }]));
  for (const { date, value } of history) {
    const point = byDay.get(date);
    if (point) point.realise = value;
    else byDay.set(date, { day: date, realise: value, projection: null, cible: points[0].cible });
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** The value on `day` if the pace from `start` to `asOf` (both included) goes on. */
export function paceValue(value: number, start: string, asOf: string, day: string): number {
  const elapsed = periodDays(start, asOf);
  if (elapsed <= 0) return 0;
  return Math.round((value * periodDays(start, day) * 100) / elapsed) / 100;
}

/** What backs a counted unit: a file to download, an electronically signed sheet, or nothing yet. */
export type ProofState =
  { kind: 'file'; proofId: string } | { kind: 'signed-sheet'; sha256: string } | { kind: 'none' };

export function proofState(unit: { proofId?: string | null; sheetSha256?: string | null }): ProofState {
  if (unit.proofId) return { kind: 'file', proofId: unit.proofId };
  if (unit.sheetSha256) return { kind: 'signed-sheet', sha256: unit.sheetSha256 };
  return { kind: 'none' };
}

/** A unit's quantity: hours, days of waiting, or a count. */
export function formatQuantity(quantity: number, measure: string): string {
  if (measure === IndicatorMeasure.HOURS) return `${decimalFormat.format(quantity)} h`;
  if (measure === IndicatorMeasure.FIRST_APPOINTMENT_WAIT) return `${decimalFormat.format(quantity)} j`;
  return formatNumber(quantity);
}

/** The sum of the amounts payable (exact decimals "1234.56") as a decimal string, computed in cents. */
export function totalPayable(statuses: readonly { amountPayable: string }[]): string {
  let cents = 0;
  for (const { amountPayable } of statuses) {
    const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amountPayable.trim());
    if (!match) continue;
    const value = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
    cents += match[1] ? -value : value;
  }
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Why a unit does not count (the API's `gap`), in French. */
export const GAP_LABELS: Record<string, string> = {
  SHEET_NOT_SIGNED: 'Feuille d’émargement non signée',
  NO_PROOF: 'Aucun justificatif déposé',
  NOT_TIED_TO_PARTICIPANTS: 'Temps non rattaché aux participants du lot',
  LATE: 'Envoyée en retard',
  NOT_SENT: 'Pas envoyée',
  NO_EXIT_SHEET: 'Fiche de sortie manquante',
  NOT_SEEN_YET: 'Pas encore vu',
};

export function gapLabel(gap: string | null | undefined): string {
  if (!gap) return '—';
  return GAP_LABELS[gap] ?? gap;
}
