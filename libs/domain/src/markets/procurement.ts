import { CalendarDate, isCalendarDate } from '../dates';

/** "16:00": hours and minutes of a wall clock. */
export const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const PARIS_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The wall-clock reading in Paris of an instant, as if it were UTC (for offset arithmetic). */
function parisWallAsUtc(instant: number): number {
  const parts = Object.fromEntries(PARIS_PARTS.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
}

/**
 * The instant a Paris wall clock shows `time` on `day` (« le 31 janvier 2023, 16 heures »). An hour that does not exist
 * (the spring change) is read as the one after; an hour that happens twice (autumn) is the first.
 */
export function parisInstant(day: CalendarDate, time: string): Date {
  const match = WALL_TIME.exec(time);
  if (!isCalendarDate(day) || !match) throw new Error(`Not a Paris day and time: ${day} ${time}`);
  const [year, month, date] = day.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, date, +match[1], +match[2]);
  let guess = wall - (parisWallAsUtc(wall) - wall);
  guess = wall - (parisWallAsUtc(guess) - guess);
  return new Date(guess);
}

const DEADLINE_FORMAT = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const HOUR_FORMAT = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** « 31 janvier 2023 à 16 h » or « … à 16 h 30 », Paris time, as a call for tenders writes it. */
export function frenchDeadline(instant: Date): string {
  const [hours, minutes] = HOUR_FORMAT.format(instant).split(':');
  return `${DEADLINE_FORMAT.format(instant)} à ${Number(hours)} h${minutes === '00' ? '' : ` ${minutes}`}`;
}

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;

/** « 3 jours et 4 heures », « 2 heures et 5 minutes », « 40 minutes », « moins d’une minute » until `deadline`. */
export function frenchRemainingTime(deadline: Date, now: Date = new Date()): string | null {
  const minutes = Math.floor((deadline.getTime() - now.getTime()) / 60_000);
  if (deadline.getTime() <= now.getTime()) return null;
  if (minutes < 1) return 'moins d’une minute';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours ? `${plural(days, 'jour')} et ${plural(hours, 'heure')}` : plural(days, 'jour');
  if (hours > 0) return rest ? `${plural(hours, 'heure')} et ${plural(rest, 'minute')}` : plural(hours, 'heure');
  return plural(rest, 'minute');
}

/** Whether bids are still taken: no deadline, or before it (a bid at the very instant is late). */
export function bidsStillOpen(deadline: Date | null, now: Date = new Date()): boolean {
  return deadline === null || now.getTime() < deadline.getTime();
}

/** The Paris day and wall-clock time of an instant: { day: '2023-01-31', time: '16:00' }. */
export function parisDayAndTime(instant: Date): { day: CalendarDate; time: string } {
  const wall = new Date(parisWallAsUtc(instant.getTime())).toISOString();
  return { day: wall.slice(0, 10), time: wall.slice(11, 16) };
}

const SHARE = /^\d{1,3}(\.\d{1,2})?$/;

/** Hundredths of a percent, exact: "33.34" → 3334; null when not a share written with 2 decimals at most. */
function shareHundredths(share: string): number | null {
  if (!SHARE.test(share)) return null;
  const [units, decimals = ''] = share.split('.');
  return Number(units) * 100 + Number(decimals.padEnd(2, '0'));
}

/** « 33,34 % », as a French reader writes a share. */
export function frenchPercent(hundredths: number): string {
  const units = Math.floor(hundredths / 100);
  const rest = hundredths % 100;
  return `${units}${rest ? `,${String(rest).padStart(2, '0').replace(/0$/, '')}` : ''} %`;
}

/**
 * The shares of a joint bid (« groupement », seed 004): each member's share of the price, in % with 2 decimals at
 * most, more than 0, the lead's and the co-contractors' adding up to exactly 100. Errors by field, in French.
 */
export function jointBidShareErrors(leadShare: string | null | undefined, coShares: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (coShares.length === 0) return errors;
  const lead = leadShare == null ? null : shareHundredths(leadShare);
  if (leadShare == null || leadShare === '') errors.leadSharePercent = 'Indiquez la part du mandataire (en %).';
  else if (lead === null || lead === 0 || lead > 10000)
    errors.leadSharePercent = 'Une part de plus de 0 à 100 %, deux décimales au plus (ex. 60 ou 33.34).';
  const others = coShares.map((share, index) => {
    const value = shareHundredths(share);
    if (value === null || value === 0 || value > 10000)
      errors[`coContractors.${index}.sharePercent`] =
        'Une part de plus de 0 à 100 %, deux décimales au plus (ex. 40 ou 33.33).';
    return value ?? 0;
  });
  if (Object.keys(errors).length) return errors;
  const total = (lead ?? 0) + others.reduce((sum, value) => sum + value, 0);
  if (total !== 10000)
    errors.coContractors = `Les parts du groupement doivent totaliser 100 % (total saisi : ${frenchPercent(total)}).`;
  return errors;
}
