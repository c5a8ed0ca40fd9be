import { DROP_OFF_MEASURE_LABELS, DropOffMeasure } from '@passerelle/domain';

export const MEASURES: readonly DropOffMeasure[] = [
  DropOffMeasure.FIRST_CONTACTS,
  DropOffMeasure.NEVER_SEEN_AGAIN,
  DropOffMeasure.RUPTURES,
  DropOffMeasure.EXITS_WITHOUT_SOLUTION,
];

export const MEASURE_COLORS: Record<DropOffMeasure, string> = {
  [DropOffMeasure.FIRST_CONTACTS]: 'blue.6',
  [DropOffMeasure.NEVER_SEEN_AGAIN]: 'orange.6',
  [DropOffMeasure.RUPTURES]: 'red.6',
  [DropOffMeasure.EXITS_WITHOUT_SOLUTION]: 'grape.6',
};

export const measureLabel = (measure: string): string => DROP_OFF_MEASURE_LABELS[measure as DropOffMeasure] ?? measure;

const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "2025-03" → "mars 2025". */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  return monthFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

type Counts = readonly { measure: string; count: number }[];

/** The count of one measure in a list of counts (0 when absent). */
export function countOf(counts: Counts, measure: string): number {
  return counts.find((c) => c.measure === measure)?.count ?? 0;
}

/** Share of first contacts never seen again: "never seen again / first contacts", null without first contacts. */
export function neverSeenRate(counts: Counts): number | null {
  const first = countOf(counts, DropOffMeasure.FIRST_CONTACTS);
  return first > 0 ? countOf(counts, DropOffMeasure.NEVER_SEEN_AGAIN) / first : null;
}

/** The monthly series as chart rows: one row per month, one key per measure. */
export function monthlyRows(
  months: readonly string[],
  series: readonly { measure: string; values: readonly number[] }[],
): Record<string, string | number>[] {
  return months.map((month, i) => {
    const row: Record<string, string | number> = { month: formatMonth(month) };
    for (const s of series) row[s.measure] = s.values[i] ?? 0;
    return row;
  });
}

/** Groups (branch, age band, sex) as chart rows: one row per group, one key per measure. */
export function groupRows(groups: readonly { label: string; counts: Counts }[]): Record<string, string | number>[] {
  return groups.map((group) => {
    const row: Record<string, string | number> = { group: group.label };
    for (const measure of MEASURES) row[measure] = countOf(group.counts, measure);
    return row;
  });
}

/** The default period: the twelve months up to the end of the current month. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number);
  const end = new Date(Date.UTC(y, m, 0));
  const start = new Date(Date.UTC(y, m - 12, 1));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}
