import { addDays, addMonths, CalendarDate } from '@passerelle/domain';

/**
 * The days a history is read at by default: the last day of every month of the period up to `today`, then the last
 * day counted (today, or the end of the period once over). Nothing before the period starts.
 */
export function monthEnds(start: CalendarDate, end: CalendarDate, today: CalendarDate): CalendarDate[] {
  const last = today < end ? today : end;
  if (last < start) return [];
  const days: CalendarDate[] = [];
  for (let month = `${start.slice(0, 7)}-01`; ; month = addMonths(month, 1)) {
    const monthEnd = addDays(addMonths(month, 1), -1);
    if (monthEnd >= last) break;
    days.push(monthEnd);
  }
  days.push(last);
  return days;
}
