import { addDays, CalendarDate } from '../dates';
import { frenchDate } from '../reports/periods';

/** Seed 002, lot 3: at most 30 hours per participant, spread over at most two weeks, unless justified. */
export const IMMERSION_MAX_HOURS = 30;
export const IMMERSION_MAX_CALENDAR_DAYS = 14;

export interface ImmersionPlan {
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  hours: number;
  justification?: string | null;
}

/** Per-field French messages for a plan the rule refuses (empty when it is accepted). */
export function immersionPlanErrors(plan: ImmersionPlan): Record<string, string> {
  const errors: Record<string, string> = {};
  if (plan.endsOn < plan.startsOn) {
    errors.endsOn = 'La fin ne peut précéder le début.';
    return errors;
  }
  const justified = !!plan.justification?.trim();
  if (plan.hours > IMMERSION_MAX_HOURS && !justified) {
    errors.hours = `Une immersion compte ${IMMERSION_MAX_HOURS} heures au plus, sauf disposition justifiée (précisez la justification).`;
  }
  if (addDays(plan.startsOn, IMMERSION_MAX_CALENDAR_DAYS - 1) < plan.endsOn && !justified) {
    errors.endsOn =
      'Une immersion se répartit sur deux semaines au plus, sauf disposition justifiée (précisez la justification).';
  }
  return errors;
}

/** An immersion's period and planned hours, as the per-person limit reads them. */
export interface ImmersionPeriod {
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  hours: number;
}

/** The two-week window where a person's immersions add up to the most hours. */
export interface ImmersionWindow {
  from: CalendarDate;
  to: CalendarDate;
  /** Rounded to the hundredth, as shown. */
  hours: number;
}

const daysBetween = (from: CalendarDate, to: CalendarDate) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Seed 002, lot 3: « 30 h maximum par participant à répartir au plus sur deux semaines », read per person: over any
 * window of two weeks (14 calendar days) that touches the new immersion, the hours of all the person's immersions
 * (each spread evenly over its calendar days) may not exceed 30. Returns the fullest window when it does, else null.
 */
export function immersionWindowOverLimit(
  others: readonly ImmersionPeriod[],
  plan: ImmersionPeriod,
): ImmersionWindow | null {
  const all = [...others, plan];
  let worst: { from: CalendarDate; hours: number } | null = null;
  for (
    let from = addDays(plan.startsOn, 1 - IMMERSION_MAX_CALENDAR_DAYS);
    from <= plan.endsOn;
    from = addDays(from, 1)
  ) {
    const to = addDays(from, IMMERSION_MAX_CALENDAR_DAYS - 1);
    let hours = 0;
    for (const immersion of all) {
      const start = immersion.startsOn > from ? immersion.startsOn : from;
      const end = immersion.endsOn < to ? immersion.endsOn : to;
      if (end < start) continue;
      hours +=
        (immersion.hours * (daysBetween(start, end) + 1)) / (daysBetween(immersion.startsOn, immersion.endsOn) + 1);
    }
    if (!worst || hours > worst.hours) worst = { from, hours };
  }
  if (!worst || worst.hours <= IMMERSION_MAX_HOURS + 1e-9) return null;
  return {
    from: worst.from,
    to: addDays(worst.from, IMMERSION_MAX_CALENDAR_DAYS - 1),
    hours: Math.round(worst.hours * 100) / 100,
  };
}

/** The French message of a person's window over the limit, naming the window and its total. */
export function immersionWindowMessage(window: ImmersionWindow): string {
  const hours = window.hours.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  return `Avec cette immersion, la personne totaliserait ${hours} h d’immersion du ${frenchDate(window.from)} au ${frenchDate(window.to)}, toutes immersions confondues : ${IMMERSION_MAX_HOURS} h au plus par participant sur deux semaines, sauf disposition justifiée (précisez la justification).`;
}

const isWeekday = (date: CalendarDate) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
};

/**
 * Days spent in a company between `from` and `to` (inclusive): the working days (Monday to Friday) of the immersions'
 * periods, a day counted once even when two immersions overlap. The CEJ's 40-day counter reads it.
 */
export function companyDays(
  periods: readonly { startsOn: CalendarDate; endsOn: CalendarDate }[],
  from: CalendarDate,
  to: CalendarDate,
): number {
  const days = new Set<CalendarDate>();
  for (const period of periods) {
    const start = period.startsOn > from ? period.startsOn : from;
    const end = period.endsOn < to ? period.endsOn : to;
    for (let day = start; day <= end; day = addDays(day, 1)) if (isWeekday(day)) days.add(day);
  }
  return days.size;
}
