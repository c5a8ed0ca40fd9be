import { addDays, addMonths, CalendarDate, isCalendarDate } from '../dates';

/**
 * Reports ("bilans") an operator or a provider owes (seed 002 §5, seed 004): monthly reporting tables, intermediate
 * reports with figures as of 31 May (due in the first half of June) and 30 September (due in October), and a final
 * report within a month after the action ends.
 */
export enum ReportKind {
  MONTHLY = 'MONTHLY',
  INTERMEDIATE_MAY = 'INTERMEDIATE_MAY',
  INTERMEDIATE_SEPTEMBER = 'INTERMEDIATE_SEPTEMBER',
  FINAL = 'FINAL',
}

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  [ReportKind.MONTHLY]: 'Tableau de reporting mensuel',
  [ReportKind.INTERMEDIATE_MAY]: 'Bilan intermédiaire au 31 mai',
  [ReportKind.INTERMEDIATE_SEPTEMBER]: 'Bilan intermédiaire au 30 septembre',
  [ReportKind.FINAL]: 'Bilan final',
};

/**
 * DRAFT ──submit──▶ SUBMITTED ──accept──▶ ACCEPTED
 *   ▲                   │
 *   └──── RETURNED ◀────┘ return (with comments): editable again, figures recomputed, then submitted again.
 */
export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  [ReportStatus.DRAFT]: 'Brouillon',
  [ReportStatus.SUBMITTED]: 'Transmis',
  [ReportStatus.ACCEPTED]: 'Validé',
  [ReportStatus.RETURNED]: 'Renvoyé pour corrections',
};

/** Statuses in which people write the report and its figures follow the data. */
export const EDITABLE_REPORT_STATUSES: readonly ReportStatus[] = [ReportStatus.DRAFT, ReportStatus.RETURNED];

/** Statuses whose figures are frozen (the snapshot taken at submission). */
export const isReportFrozen = (status: ReportStatus): boolean => !EDITABLE_REPORT_STATUSES.includes(status);

export type ReportAction = 'submit' | 'accept' | 'return';

const REPORT_TRANSITIONS: Record<ReportAction, { from: readonly ReportStatus[]; to: ReportStatus }> = {
  submit: { from: EDITABLE_REPORT_STATUSES, to: ReportStatus.SUBMITTED },
  accept: { from: [ReportStatus.SUBMITTED], to: ReportStatus.ACCEPTED },
  return: { from: [ReportStatus.SUBMITTED], to: ReportStatus.RETURNED },
};

/** The status after an action, or null when the action is not allowed from this status. */
export function reportStatusAfter(status: ReportStatus, action: ReportAction): ReportStatus | null {
  const transition = REPORT_TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : null;
}

/** Defaults of the reporting parameters (a structure sets its own: `ReportingParameters`). Day of the following month by which a monthly reporting table is due (seed 004: monthly follow-up meetings). */
export const MONTHLY_REPORT_DUE_DAY = 10;
/** Seed 002: the intermediate report with figures as of 31 May is sent "au cours de la 1re quinzaine de juin". */
export const MAY_REPORT_DUE = '06-15';
/** Seed 002: the intermediate report with figures as of 30 September is sent "en octobre". */
export const SEPTEMBER_REPORT_DUE = '10-31';
/** Seed 002: the final report is sent "dans le mois qui suit la fin de l'action". */
export const FINAL_REPORT_DUE_MONTHS = 1;

export interface ReportPeriod {
  kind: ReportKind;
  /** First day counted (inclusive). */
  start: CalendarDate;
  /** Day the figures are "arrêtés" at (inclusive). */
  end: CalendarDate;
  /** Last day to send the report. */
  dueOn: CalendarDate;
}

/**
 * The action a report is about: by default the calendar year (seed 002: "du 1er janvier au 31 décembre");
 * later a lot's own period.
 */
export interface ActionPeriod {
  start: CalendarDate;
  end: CalendarDate;
}

export const calendarYearAction = (year: number): ActionPeriod => ({ start: `${year}-01-01`, end: `${year}-12-31` });

const lastDayOfMonth = (year: number, month: number): CalendarDate =>
  addDays(addMonths(`${year}-${String(month).padStart(2, '0')}-01`, 1), -1);
const min = (a: CalendarDate, b: CalendarDate) => (a < b ? a : b);

/** A monthly reporting table: the whole month, due on the 10th of the next one. */
export function monthlyPeriod(year: number, month: number, dueDay: number = MONTHLY_REPORT_DUE_DAY): ReportPeriod {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`Not a month: ${month}`);
  const start = `${year}-${String(month).padStart(2, '0')}-01`;
  const end = lastDayOfMonth(year, month);
  const dueOn = addDays(addMonths(start, 1), dueDay - 1);
  return { kind: ReportKind.MONTHLY, start, end, dueOn };
}

/**
 * The period of a report of an action: intermediate reports run from the start of the action to 31 May or
 * 30 September of the given year (cumulative figures, "arrêtés au"); the final one covers the whole action.
 */
export function reportPeriod(
  kind: ReportKind,
  action: ActionPeriod,
  year?: number,
  due: { mayReportDue: string; septemberReportDue: string; finalReportDueMonths: number } = {
    mayReportDue: MAY_REPORT_DUE,
    septemberReportDue: SEPTEMBER_REPORT_DUE,
    finalReportDueMonths: FINAL_REPORT_DUE_MONTHS,
  },
): ReportPeriod {
  if (!isCalendarDate(action.start) || !isCalendarDate(action.end) || action.end < action.start) {
    throw new Error(`Invalid action period ${action.start} – ${action.end}`);
  }
  const y = year ?? Number(action.end.slice(0, 4));
  switch (kind) {
    case ReportKind.INTERMEDIATE_MAY:
    case ReportKind.INTERMEDIATE_SEPTEMBER: {
      const asOf = kind === ReportKind.INTERMEDIATE_MAY ? `${y}-05-31` : `${y}-09-30`;
      const dueDay = kind === ReportKind.INTERMEDIATE_MAY ? due.mayReportDue : due.septemberReportDue;
      const end = min(asOf, action.end);
      if (end < action.start) throw new Error(`The action ${action.start} – ${action.end} has not started by ${asOf}`);
      return { kind, start: action.start, end, dueOn: `${y}-${dueDay}` };
    }
    case ReportKind.FINAL:
      return { kind, start: action.start, end: action.end, dueOn: addMonths(action.end, due.finalReportDueMonths) };
    case ReportKind.MONTHLY:
      throw new Error('A monthly table has its own period: use monthlyPeriod(year, month)');
  }
}

/**
 * What the scheduler prepares on a given day: on the 1st of every month the previous month's table; on 1 June the
 * report as of 31 May; on 1 October the one as of 30 September; on 1 January the final report of the year that
 * ended (the default action is the calendar year). Nothing on other days.
 */
export function reportsToPrepareOn(
  day: CalendarDate,
  due: {
    monthlyReportDueDay: number;
    mayReportDue: string;
    septemberReportDue: string;
    finalReportDueMonths: number;
  } = {
    monthlyReportDueDay: MONTHLY_REPORT_DUE_DAY,
    mayReportDue: MAY_REPORT_DUE,
    septemberReportDue: SEPTEMBER_REPORT_DUE,
    finalReportDueMonths: FINAL_REPORT_DUE_MONTHS,
  },
): ReportPeriod[] {
  if (!isCalendarDate(day) || !day.endsWith('-01')) return [];
  const previousMonthDay = addMonths(day, -1);
  const periods = [
    monthlyPeriod(Number(previousMonthDay.slice(0, 4)), Number(previousMonthDay.slice(5, 7)), due.monthlyReportDueDay),
  ];
  const year = Number(day.slice(0, 4));
  const month = day.slice(5, 7);
  if (month === '06') periods.push(reportPeriod(ReportKind.INTERMEDIATE_MAY, calendarYearAction(year), undefined, due));
  if (month === '10')
    periods.push(reportPeriod(ReportKind.INTERMEDIATE_SEPTEMBER, calendarYearAction(year), undefined, due));
  if (month === '01') periods.push(reportPeriod(ReportKind.FINAL, calendarYearAction(year - 1), undefined, due));
  return periods;
}

/** Days before the due date when the people who write a report are reminded. */
export const REPORT_DUE_REMINDER_DAYS = 7;

/** The title a person reads: "Bilan intermédiaire au 31 mai 2025", "Tableau de reporting mensuel — mars 2025". */
export function reportTitle(kind: ReportKind, start: CalendarDate, end: CalendarDate): string {
  const [year, month] = end.split('-').map(Number);
  switch (kind) {
    case ReportKind.MONTHLY:
      return `${REPORT_KIND_LABELS[kind]} — ${FRENCH_MONTHS[month - 1]} ${year}`;
    case ReportKind.INTERMEDIATE_MAY:
    case ReportKind.INTERMEDIATE_SEPTEMBER:
      return `${REPORT_KIND_LABELS[kind]} ${year}`;
    case ReportKind.FINAL:
      return `${REPORT_KIND_LABELS[kind]} (${frenchDate(start)} – ${frenchDate(end)})`;
  }
}

export const FRENCH_MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** 2025-05-31 → 31/05/2025, as French staff write it. */
export function frenchDate(date: CalendarDate): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * What the scheduler prepares for a lot on a given day, over the lot's own action period: the previous month's table
 * while the action runs; on 1 June / 1 October the report as of 31 May / 30 September of an action running then; the
 * final report on the 1st of the month after the action ends. Nothing on other days.
 */
export function lotReportsToPrepareOn(day: CalendarDate, action: ActionPeriod): ReportPeriod[] {
  if (!isCalendarDate(day) || !day.endsWith('-01')) return [];
  const periods: ReportPeriod[] = [];
  const previousMonthDay = addMonths(day, -1);
  const month = monthlyPeriod(Number(previousMonthDay.slice(0, 4)), Number(previousMonthDay.slice(5, 7)));
  if (action.start <= month.end && action.end >= month.start) periods.push(month);
  const year = Number(day.slice(0, 4));
  const asOf = day.slice(5, 7) === '06' ? `${year}-05-31` : day.slice(5, 7) === '10' ? `${year}-09-30` : null;
  if (asOf && action.start <= asOf && action.end >= asOf) {
    periods.push(
      reportPeriod(
        asOf.endsWith('05-31') ? ReportKind.INTERMEDIATE_MAY : ReportKind.INTERMEDIATE_SEPTEMBER,
        action,
        year,
      ),
    );
  }
  if (action.end >= month.start && action.end <= month.end) periods.push(reportPeriod(ReportKind.FINAL, action));
  return periods;
}
