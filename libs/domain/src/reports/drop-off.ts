import { addDays, CalendarDate } from '../dates';
import { ExitReason } from '../plie/exit';
import { FollowUpFacts, isContact } from '../plie/follow-up';

/**
 * Drop-off ("décrochage", seed 003): people who do not come back after a first contact, ruptures during the path,
 * and exits without solution. Four measures, each counted in the month it happens.
 */
export enum DropOffMeasure {
  FIRST_CONTACTS = 'FIRST_CONTACTS',
  NEVER_SEEN_AGAIN = 'NEVER_SEEN_AGAIN',
  RUPTURES = 'RUPTURES',
  EXITS_WITHOUT_SOLUTION = 'EXITS_WITHOUT_SOLUTION',
}

export const DROP_OFF_MEASURE_LABELS: Record<DropOffMeasure, string> = {
  [DropOffMeasure.FIRST_CONTACTS]: 'Premiers contacts',
  [DropOffMeasure.NEVER_SEEN_AGAIN]: 'Pas revenus après un premier contact',
  [DropOffMeasure.RUPTURES]: 'Ruptures de parcours',
  [DropOffMeasure.EXITS_WITHOUT_SOLUTION]: 'Sorties sans solution',
};

/** Exits that break the path off: the person gave up, or could not be reached any more (seed 002 exit rules). */
export const RUPTURE_EXIT_REASONS: readonly ExitReason[] = [ExitReason.DROP_OUT, ExitReason.LOST_CONTACT];

/** A reorientation hands the person to another support: it is a solution, even if not a positive exit. */
export const SOLUTION_EXIT_REASONS: readonly ExitReason[] = [ExitReason.REORIENTED];

export const isRupture = (reason: ExitReason): boolean => RUPTURE_EXIT_REASONS.includes(reason);

/** Not positive, not a rupture (counted apart), not a reorientation. */
export const isExitWithoutSolution = (reason: ExitReason, positive: boolean): boolean =>
  !positive && !isRupture(reason) && !SOLUTION_EXIT_REASONS.includes(reason);

/** Days after a first contact with no other contact before the person counts as "not come back". */
export const DEFAULT_DROP_OFF_WINDOW_DAYS = 90;

/** The day of the first real contact (interview, answered reminder, attended meeting), or null. */
export function firstContactDate(entries: readonly FollowUpFacts[]): CalendarDate | null {
  return entries
    .filter(isContact)
    .reduce<CalendarDate | null>((first, e) => (first === null || e.date < first ? e.date : first), null);
}

/**
 * "Pas revenu après un premier contact": a first contact, no other real contact on a later day, and the window has
 * fully passed on the day of the analysis (a first contact last week is not a drop-off yet).
 */
export function isNeverSeenAgain(
  entries: readonly FollowUpFacts[],
  asOf: CalendarDate,
  windowDays = DEFAULT_DROP_OFF_WINDOW_DAYS,
): boolean {
  const first = firstContactDate(entries);
  if (first === null || addDays(first, windowDays) > asOf) return false;
  return !entries.some((e) => isContact(e) && e.date > first);
}
