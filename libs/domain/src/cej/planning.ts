import { addDays, addMonths, CalendarDate } from '../dates';

/** Kinds of action in a young person's weekly planning (seed 000 "planning hebdomadaire d'actions"). */
export enum CejActionKind {
  WORKSHOP = 'WORKSHOP',
  INTERVIEW = 'INTERVIEW',
  IMMERSION_DAY = 'IMMERSION_DAY',
  JOB = 'JOB',
  TRAINING = 'TRAINING',
  PERSONAL_STEP = 'PERSONAL_STEP',
}

export const CEJ_ACTION_KIND_LABELS: Record<CejActionKind, string> = {
  [CejActionKind.WORKSHOP]: 'Atelier',
  [CejActionKind.INTERVIEW]: 'Entretien',
  [CejActionKind.IMMERSION_DAY]: 'Journée d’immersion en entreprise (PMSMP)',
  [CejActionKind.JOB]: 'Emploi (CDD, intérim…)',
  [CejActionKind.TRAINING]: 'Formation',
  [CejActionKind.PERSONAL_STEP]: 'Démarche personnelle',
};

/** Actions whose days count as days spent in a company (PMSMP immersion, fixed-term job, temporary work). */
export const COMPANY_ACTION_KINDS: readonly CejActionKind[] = [CejActionKind.IMMERSION_DAY, CejActionKind.JOB];

export enum CejActionOutcome {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  PARTLY_DONE = 'PARTLY_DONE',
  NOT_DONE_EXCUSED = 'NOT_DONE_EXCUSED',
  NOT_DONE_UNEXCUSED = 'NOT_DONE_UNEXCUSED',
}

export const CEJ_ACTION_OUTCOME_LABELS: Record<CejActionOutcome, string> = {
  [CejActionOutcome.PLANNED]: 'Prévue',
  [CejActionOutcome.DONE]: 'Réalisée',
  [CejActionOutcome.PARTLY_DONE]: 'Partiellement réalisée',
  [CejActionOutcome.NOT_DONE_EXCUSED]: 'Non réalisée (absence justifiée)',
  [CejActionOutcome.NOT_DONE_UNEXCUSED]: 'Non réalisée (absence injustifiée)',
};

/** Outcomes that count days in a company. */
export const DONE_OUTCOMES: readonly CejActionOutcome[] = [CejActionOutcome.DONE, CejActionOutcome.PARTLY_DONE];

/** An action lasts at most a day. */
export const MAX_ACTION_HOURS = 12;

/**
 * The hours done that an outcome implies: all of them when done, none when not done, the given hours (strictly between
 * 0 and the planned hours) when partly done. Returns a French error for the field `doneHours` when they do not fit.
 */
export function doneHoursFor(
  outcome: CejActionOutcome,
  plannedHours: number,
  doneHours?: number | null,
): { doneHours: number | null; error: string | null } {
  switch (outcome) {
    case CejActionOutcome.PLANNED:
      return { doneHours: null, error: null };
    case CejActionOutcome.DONE:
      return { doneHours: plannedHours, error: null };
    case CejActionOutcome.NOT_DONE_EXCUSED:
    case CejActionOutcome.NOT_DONE_UNEXCUSED:
      return { doneHours: 0, error: null };
    case CejActionOutcome.PARTLY_DONE:
      if (doneHours === null || doneHours === undefined)
        return { doneHours: null, error: 'Indiquez les heures réalisées.' };
      if (doneHours <= 0 || doneHours >= plannedHours) {
        return {
          doneHours: null,
          error: `Une action partiellement réalisée compte plus de 0 et moins de ${formatHours(plannedHours)} h (les heures prévues).`,
        };
      }
      return { doneHours, error: null };
  }
}

export const formatHours = (hours: number): string =>
  (Number.isInteger(hours) ? String(hours) : hours.toFixed(2).replace(/0$/, '')).replace('.', ',');

/** The Monday of the week of a day (weeks run Monday to Sunday, as in PostgreSQL's date_trunc('week')). */
export function weekStart(day: CalendarDate): CalendarDate {
  const [y, m, d] = day.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

export const monthStart = (day: CalendarDate): CalendarDate => `${day.slice(0, 7)}-01`;
export const monthEnd = (day: CalendarDate): CalendarDate => addDays(addMonths(monthStart(day), 1), -1);
export const daysInMonth = (day: CalendarDate): number => Number(monthEnd(day).slice(8, 10));

/** Days between two calendar days (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  const toUtc = (day: CalendarDate) => {
    const [y, m, d] = day.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

// ---------------------------------------------------------------------------------------------------------------
// Weekly intensity and attendance
// ---------------------------------------------------------------------------------------------------------------

export enum IntensityLevel {
  BELOW = 'BELOW',
  WITHIN = 'WITHIN',
  ABOVE = 'ABOVE',
}

export const INTENSITY_LEVEL_LABELS: Record<IntensityLevel, string> = {
  [IntensityLevel.BELOW]: 'En dessous de l’intensité attendue',
  [IntensityLevel.WITHIN]: 'Dans l’intensité attendue (15 à 20 h)',
  [IntensityLevel.ABOVE]: 'Au-delà de l’intensité attendue',
};

export interface IntensityThresholds {
  /** Weekly hours expected at least (15 in the law; a dated parameter). */
  weeklyHoursMin: number;
  /** Weekly hours expected at most (20). */
  weeklyHoursMax: number;
  /** Attendance rate under which a contract needs attention (0.8 = 80 %). */
  attendanceRateMin: number;
}

export interface WeekHours {
  plannedHours: number;
  doneHours: number;
  /** Planned hours of the actions whose outcome has been recorded (the base of the attendance rate). */
  recordedPlannedHours: number;
}

export interface WeekIntensity {
  /** Hours done / planned hours of the recorded actions, 4 decimals; null when nothing is recorded yet. */
  attendanceRate: number | null;
  intensity: IntensityLevel;
  /** At least the minimum weekly hours done. */
  intensityMet: boolean;
  /** At least the minimum weekly hours planned. */
  plannedIntensityMet: boolean;
  attendanceMet: boolean | null;
}

/**
 * Mirrors the SQL of the planning statistics (cej weeks and months): the same definitions, testable without a
 * database. The intensity is judged on the hours done.
 */
export function weekIntensity(hours: WeekHours, thresholds: IntensityThresholds): WeekIntensity {
  const attendanceRate =
    hours.recordedPlannedHours > 0
      ? Math.round((hours.doneHours / hours.recordedPlannedHours) * 10_000) / 10_000
      : null;
  const intensity =
    hours.doneHours < thresholds.weeklyHoursMin
      ? IntensityLevel.BELOW
      : hours.doneHours > thresholds.weeklyHoursMax
        ? IntensityLevel.ABOVE
        : IntensityLevel.WITHIN;
  return {
    attendanceRate,
    intensity,
    intensityMet: hours.doneHours >= thresholds.weeklyHoursMin,
    plannedIntensityMet: hours.plannedHours >= thresholds.weeklyHoursMin,
    attendanceMet: attendanceRate === null ? null : attendanceRate >= thresholds.attendanceRateMin,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Days in a company: 40 within the first 6 months
// ---------------------------------------------------------------------------------------------------------------

/** The target is counted within the first months of the contract (seeds: "dans les 6 premiers mois"). */
export const COMPANY_DAYS_WINDOW_MONTHS = 6;

export interface CompanyDaysFacts {
  startOn: CalendarDate;
  today: CalendarDate;
  /** Distinct days with an immersion or job action done (fully or partly), within the window. */
  daysDone: number;
  /** The day on which the target-th company day was done, when reached. */
  reachedOn: CalendarDate | null;
  target: number;
}

export interface CompanyDaysProgress {
  windowEndsOn: CalendarDate;
  target: number;
  daysDone: number;
  remaining: number;
  /** Days in a company per week at the current pace (2 decimals). */
  pacePerWeek: number;
  /** When the target is (or would be, at the current pace) reached; null without any company day yet. */
  projectedOn: CalendarDate | null;
  /** Reached, or projected to be reached, within the window. */
  onTrack: boolean;
  reached: boolean;
}

/** Progress towards the company-days target and its projection at the current pace (calendar days since the start). */
export function companyDaysProgress(facts: CompanyDaysFacts): CompanyDaysProgress {
  const windowEndsOn = addDays(addMonths(facts.startOn, COMPANY_DAYS_WINDOW_MONTHS), -1);
  const reached = facts.daysDone >= facts.target;
  const asOf = facts.today < windowEndsOn ? facts.today : windowEndsOn;
  const elapsed = Math.max(1, daysBetween(facts.startOn, asOf) + 1);
  const pacePerDay = facts.today < facts.startOn ? 0 : facts.daysDone / elapsed;
  let projectedOn: CalendarDate | null;
  if (reached) projectedOn = facts.reachedOn;
  else if (pacePerDay === 0) projectedOn = null;
  else
    projectedOn = addDays(
      facts.today < facts.startOn ? facts.startOn : facts.today,
      Math.ceil((facts.target - facts.daysDone) / pacePerDay),
    );
  return {
    windowEndsOn,
    target: facts.target,
    daysDone: facts.daysDone,
    remaining: Math.max(0, facts.target - facts.daysDone),
    pacePerWeek: Math.round(pacePerDay * 7 * 100) / 100,
    projectedOn,
    onTrack: projectedOn !== null && projectedOn <= windowEndsOn,
    reached,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Contracts needing attention
// ---------------------------------------------------------------------------------------------------------------

/** A contract is judged behind on company days only after it has run this many days. */
export const COMPANY_DAYS_GRACE_DAYS = 14;

export enum CejAttentionReason {
  LOW_INTENSITY = 'LOW_INTENSITY',
  LOW_ATTENDANCE = 'LOW_ATTENDANCE',
  COMPANY_DAYS_BEHIND = 'COMPANY_DAYS_BEHIND',
  POSITIONING_OVERDUE = 'POSITIONING_OVERDUE',
  BREACH_DECISION_PENDING = 'BREACH_DECISION_PENDING',
  /** An unexcused absence in the planning awaits the counsellor's review: breach or not. */
  BREACH_TO_REVIEW = 'BREACH_TO_REVIEW',
}

export const CEJ_ATTENTION_REASON_LABELS: Record<CejAttentionReason, string> = {
  [CejAttentionReason.LOW_INTENSITY]: 'Intensité de la semaine écoulée sous le minimum d’heures',
  [CejAttentionReason.LOW_ATTENDANCE]: 'Assiduité de la semaine écoulée sous le seuil',
  [CejAttentionReason.COMPANY_DAYS_BEHIND]: 'Objectif de jours en entreprise hors d’atteinte au rythme actuel',
  [CejAttentionReason.POSITIONING_OVERDUE]: 'Fiche de positionnement en retard',
  [CejAttentionReason.BREACH_DECISION_PENDING]: 'Troisième manquement : décision de fin de contrat à prendre',
  [CejAttentionReason.BREACH_TO_REVIEW]: 'Absence injustifiée à examiner : manquement à confirmer ou écarter',
};

/** Weight of each reason in the urgency order of the attention list. */
export const CEJ_ATTENTION_WEIGHTS: Record<CejAttentionReason, number> = {
  [CejAttentionReason.BREACH_DECISION_PENDING]: 16,
  [CejAttentionReason.LOW_ATTENDANCE]: 8,
  [CejAttentionReason.LOW_INTENSITY]: 4,
  [CejAttentionReason.BREACH_TO_REVIEW]: 3,
  [CejAttentionReason.POSITIONING_OVERDUE]: 2,
  [CejAttentionReason.COMPANY_DAYS_BEHIND]: 1,
};

/** The collective first month ("promo"): 5 to 6 days of workshops run by providers (seed 000). */
export const COHORT_WORKSHOP_DAYS_MIN = 5;
export const COHORT_WORKSHOP_DAYS_MAX = 6;
/** A promo is the first month: it lasts at most one month. */
export const COHORT_MAX_MONTHS = 1;

/** Per-field errors of a promo's dates. */
export function cohortDateErrors(startsOn: CalendarDate, endsOn: CalendarDate): Record<string, string> {
  if (endsOn < startsOn) return { endsOn: 'La fin de la promo ne peut pas précéder son début.' };
  const last = addDays(addMonths(startsOn, COHORT_MAX_MONTHS), -1);
  if (endsOn > last)
    return { endsOn: `La promo est le mois collectif intensif : elle se termine au plus tard le ${last}.` };
  return {};
}
