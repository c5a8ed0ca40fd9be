import { CalendarDate } from './dates';
import { frenchDate } from './reports/periods';

/**
 * A day has 24 hours (seed 001 asks to show controllers « la réalité physique » of the work): a staff member's time
 * on one day, or a young person's actions on one day, cannot add up to more.
 */
export const MINUTES_PER_DAY = 24 * 60;

/** 1530 → "25 h 30", 1440 → "24 h". */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** Whose day it is, as the message names it. */
export type DayOwner = 'STAFF' | 'YOUNG_PERSON';

/** The French refusal of a day over 24 hours, naming the day and the total, or null when the day fits. */
export function overfullDayMessage(owner: DayOwner, date: CalendarDate, totalMinutes: number): string | null {
  if (totalMinutes <= MINUTES_PER_DAY) return null;
  const what = owner === 'STAFF' ? 'Vos temps saisis' : 'Les actions prévues ou réalisées de ce ou cette jeune';
  return `${what} le ${frenchDate(date)} totaliseraient ${formatMinutes(totalMinutes)} : une journée ne compte que 24 heures.`;
}

/** Hours (a decimal number of hours, as CEJ actions count them) in whole minutes. */
export const hoursToMinutes = (hours: number): number => Math.round(hours * 60);
