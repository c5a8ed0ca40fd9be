import { ReportKind, ReportStatus } from '@passerelle/domain';

export const REPORT_STATUS_COLORS: Record<string, string> = {
  [ReportStatus.DRAFT]: 'gray',
  [ReportStatus.SUBMITTED]: 'blue',
  [ReportStatus.ACCEPTED]: 'teal',
  [ReportStatus.RETURNED]: 'orange',
};

export type ReportFormat = 'xlsx' | 'pdf';

/** The REST path of a report's export. */
export function reportFilePath(reportId: string, format: ReportFormat): string {
  return `/files/reports/${encodeURIComponent(reportId)}.${format}`;
}

/** The sections whose text changed, as the API takes them (empty text clears a section). */
export function changedSections(
  saved: readonly { key: string; text?: string | null }[],
  edited: Readonly<Record<string, string>>,
): { key: string; text: string | null }[] {
  return saved
    .filter((section) => (edited[section.key] ?? '').trim() !== (section.text ?? '').trim())
    .map((section) => ({ key: section.key, text: (edited[section.key] ?? '').trim() || null }));
}

/** Sections still empty (the provider is told before submitting). */
export function emptySections(sections: readonly { title: string; text?: string | null }[]): string[] {
  return sections.filter((section) => !(section.text ?? '').trim()).map((section) => section.title);
}

export const JOB_STATE_LABELS: Record<string, string> = {
  waiting: 'En attente',
  delayed: 'Différée',
  active: 'En cours de préparation',
  completed: 'Prêt',
  failed: 'Échec',
  prioritized: 'En attente',
  'waiting-children': 'En attente',
};

/** A job is over when it is completed (with its report) or failed; until then the client keeps polling. */
export function jobFinished(job: { state: string; reportId?: string | null } | null | undefined): boolean {
  if (!job) return false;
  return job.state === 'failed' || (job.state === 'completed' && Boolean(job.reportId));
}

/** The years offered in the filters and the on-demand form: this year and the previous ones. */
export function yearOptions(currentYear: number, count = 5): string[] {
  return Array.from({ length: count }, (_, i) => String(currentYear - i));
}

/** A monthly table needs its month; other kinds do not. */
export function needsMonth(kind: string): boolean {
  return kind === ReportKind.MONTHLY;
}

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** A figure of a report table: null (no meaning, e.g. a division by zero) shows as a dash. */
export function formatFigure(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : numberFormat.format(value);
}
