import {
  POSITIONING_DUE_STATUS_LABELS,
  POSITIONING_FIELD_LABELS,
  POSITIONING_MILESTONE_LABELS,
  POSITIONING_SCORE_LABELS,
} from '@passerelle/domain';
import { formatShortDay } from '../../lib/format';

export const milestoneLabel = (milestone: string) =>
  POSITIONING_MILESTONE_LABELS[milestone as keyof typeof POSITIONING_MILESTONE_LABELS] ?? milestone;
export const fieldLabel = (field: string) =>
  POSITIONING_FIELD_LABELS[field as keyof typeof POSITIONING_FIELD_LABELS] ?? field;
export const dueStatusLabel = (status: string) =>
  POSITIONING_DUE_STATUS_LABELS[status as keyof typeof POSITIONING_DUE_STATUS_LABELS] ?? status;
export const DUE_STATUS_COLORS: Record<string, string> = { DONE: 'teal', UPCOMING: 'blue', OVERDUE: 'red' };
export const FIELDS = ['SOCIAL', 'PROFESSIONAL', 'FUNDAMENTAL_KNOWLEDGE'] as const;
export const FIELD_COLORS: Record<string, string> = {
  SOCIAL: 'grape.6',
  PROFESSIONAL: 'blue.6',
  FUNDAMENTAL_KNOWLEDGE: 'teal.6',
};

/** The 1–4 scale, as options of a segmented control. */
export const SCORE_OPTIONS = Object.entries(POSITIONING_SCORE_LABELS).map(([value, label]) => ({
  value,
  label: `${value} · ${label}`,
}));

/** Short milestone names for the chart's axis. */
const SHORT: Record<string, string> = {
  INITIAL: 'Initial',
  SIX_MONTHS: '6 mois',
  TWELVE_MONTHS: '12 mois',
  RENEWAL: 'Renouv.',
};

interface Sheet {
  date: string;
  milestone: string;
  scores: readonly { field: string; score: number }[];
}

const average = (values: number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;

/** One point per sheet, oldest first: the average score of each field (1 to 4), keyed by the field's label. */
export function positioningChartData(sheets: readonly Sheet[]): Record<string, string | number | null>[] {
  return [...sheets]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((sheet) => {
      const point: Record<string, string | number | null> = {
        fiche: `${SHORT[sheet.milestone] ?? sheet.milestone} (${formatShortDay(sheet.date)})`,
      };
      for (const field of FIELDS)
        point[fieldLabel(field)] = average(sheet.scores.filter((s) => s.field === field).map((s) => s.score));
      return point;
    });
}

/** "+1", "−0,5", "=" for a progress between two sheets. */
export function formatDelta(delta: number | null | undefined): string {
  if (delta === null || delta === undefined) return '—';
  if (delta === 0) return '=';
  const text = Math.abs(delta).toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  return delta > 0 ? `+${text}` : `−${text}`;
}
