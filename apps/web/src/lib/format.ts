/** Everything a person reads is in French and in Paris time, whatever the browser's settings. */
export const TIME_ZONE = 'Europe/Paris';

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'short',
});
const dateFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, dateStyle: 'long' });
const numberFormat = new Intl.NumberFormat('fr-FR');
const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

function toDate(value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "15/01/2026 14:05" (Paris time). */
export function formatDateTime(value: string | Date | null | undefined, empty = '—'): string {
  const date = toDate(value);
  return date ? dateTimeFormat.format(date) : empty;
}

/** "15 janvier 2026" (Paris time). */
export function formatDate(value: string | Date | null | undefined, empty = '—'): string {
  const date = toDate(value);
  return date ? dateFormat.format(date) : empty;
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "1 résultat", "3 résultats". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count > 1 ? pluralForm : singular}`;
}

/** "14 chiffres" for a SIRET typed with spaces: keeps digits only. */
export function digitsOnly(value: string): string {
  return value.replace(/\D/g, '');
}

/** "732 829 320 00074": SIREN then NIC, as printed on French documents. */
export function formatSiret(siret: string): string {
  const digits = digitsOnly(siret);
  if (digits.length !== 14) return siret;
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;
}

const dayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'long' });
const shortDayFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'short' });
const parisDayParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

function dayToDate(day: string | null | undefined): Date | null {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A calendar day (AAAA-MM-JJ, no time zone): "15 janvier 2026". */
export function formatDay(day: string | null | undefined, empty = '—'): string {
  const date = dayToDate(day);
  return date ? dayFormat.format(date) : empty;
}

/** A calendar day, short: "15/01/2026". */
export function formatShortDay(day: string | null | undefined, empty = '—'): string {
  const date = dayToDate(day);
  return date ? shortDayFormat.format(date) : empty;
}

/** Today in Paris, as AAAA-MM-JJ. */
export function todayInParis(now: Date = new Date()): string {
  return parisDayParts.format(now);
}

/** Whether `value` is written as a calendar day, AAAA-MM-JJ. */
export function isCalendarDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Whole days from `from` to `to` (both AAAA-MM-JJ); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const a = dayToDate(from);
  const b = dayToDate(to);
  if (!a || !b) return 0;
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}

/** Age in whole years on a day (AAAA-MM-JJ). */
export function ageOn(birthDate: string, day: string): number | null {
  if (!dayToDate(birthDate) || !dayToDate(day)) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The day `days` after (or before, when negative) a day, both AAAA-MM-JJ. */
export function addDays(day: string, days: number): string {
  const date = dayToDate(day);
  if (!date) return day;
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A French label from a domain label map, whatever the enum type the generated code uses. */
export function labelOf(
  labels: Readonly<Record<string, string>>,
  value: string | null | undefined,
  empty = '—',
): string {
  if (!value) return empty;
  return labels[value] ?? value;
}

/** "1 h 30", "45 min", "2 h". */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return '0 min';
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** Euros from the API's exact decimal strings ("42000.00" → "42 000,00 €"); never parsed as a float for sums. */
export function formatEuros(value: string | null | undefined): string {
  if (!value) return '—';
  const [int, dec = '00'] = value.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = int.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${sign}${digits},${dec.padEnd(2, '0').slice(0, 2)} €`;
}

/** "12.50" hours → "12,5 h". */
export function formatHours(value: string | null | undefined): string {
  if (!value) return '—';
  return `${value.replace(/\.?0+$/, '').replace('.', ',')} h`;
}

/** Select options from a domain label map. */
export function optionsOf(labels: Readonly<Record<string, string>>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** 0.255 → "25,5 %". */
export function formatRate(rate: number): string {
  return percentFormat.format(rate);
}
