import { CalendarDate } from '../dates';
import { DEFAULT_DROP_OFF_WINDOW_DAYS } from './drop-off';

/**
 * The reporting rules a PLIE or a Mission Locale sets for itself (its funders' calendar), as dated rows: a row applies
 * from its `effectiveFrom` day until the next row of the same structure. Without any row, the defaults of the seeds.
 */
export interface ReportingParameters {
  /** Day of the following month a monthly reporting table is due (1–28). */
  monthlyReportDueDay: number;
  /** MM-DD of the year the report as of 31 May is due (seed 002: 1st fortnight of June). */
  mayReportDue: string;
  /** MM-DD the report as of 30 September is due (seed 002: in October). */
  septemberReportDue: string;
  /** Months after the end of the action the final report is due (seed 002: within the month). */
  finalReportDueMonths: number;
  /** Days before a report's due date its writers are reminded. */
  reportReminderDays: number;
  /** Days without another contact after a first contact before a person counts as never seen again (seed 003). */
  dropOffWindowDays: number;
}

export const DEFAULT_REPORTING_PARAMETERS: ReportingParameters = {
  monthlyReportDueDay: 10,
  mayReportDue: '06-15',
  septemberReportDue: '10-31',
  finalReportDueMonths: 1,
  reportReminderDays: 7,
  dropOffWindowDays: DEFAULT_DROP_OFF_WINDOW_DAYS,
};

/** The row in force on `day`: the latest one that started on or before it; the defaults before any row. */
export function parametersInForce<T extends { effectiveFrom: CalendarDate } & ReportingParameters>(
  rows: readonly T[],
  day: CalendarDate,
): ReportingParameters {
  let best: T | null = null;
  for (const row of rows) if (row.effectiveFrom <= day && (!best || row.effectiveFrom > best.effectiveFrom)) best = row;
  if (!best) return DEFAULT_REPORTING_PARAMETERS;
  const {
    monthlyReportDueDay,
    mayReportDue,
    septemberReportDue,
    finalReportDueMonths,
    reportReminderDays,
    dropOffWindowDays,
  } = best;
  return {
    monthlyReportDueDay,
    mayReportDue,
    septemberReportDue,
    finalReportDueMonths,
    reportReminderDays,
    dropOffWindowDays,
  };
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Why parameters are wrong, by field (French); empty when they are fine. */
export function reportingParametersErrors(p: ReportingParameters): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!Number.isInteger(p.monthlyReportDueDay) || p.monthlyReportDueDay < 1 || p.monthlyReportDueDay > 28)
    errors.monthlyReportDueDay = 'Un jour du mois entre 1 et 28.';
  if (!MONTH_DAY.test(p.mayReportDue) || p.mayReportDue < '06-01')
    errors.mayReportDue = 'Une date MM-JJ à partir du 1er juin (les chiffres sont arrêtés au 31 mai).';
  if (!MONTH_DAY.test(p.septemberReportDue) || p.septemberReportDue < '10-01')
    errors.septemberReportDue = 'Une date MM-JJ à partir du 1er octobre (les chiffres sont arrêtés au 30 septembre).';
  if (!Number.isInteger(p.finalReportDueMonths) || p.finalReportDueMonths < 0 || p.finalReportDueMonths > 6)
    errors.finalReportDueMonths = 'Entre 0 et 6 mois.';
  if (!Number.isInteger(p.reportReminderDays) || p.reportReminderDays < 0 || p.reportReminderDays > 60)
    errors.reportReminderDays = 'Entre 0 et 60 jours.';
  if (!Number.isInteger(p.dropOffWindowDays) || p.dropOffWindowDays < 7 || p.dropOffWindowDays > 730)
    errors.dropOffWindowDays = 'Entre 7 et 730 jours.';
  return errors;
}
