import { addDays, CalendarDate } from '../dates';

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
