/** Everything a person reads is in French and in Paris time, whatever the browser's settings. */
export const TIME_ZONE = 'Europe/Paris';

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'short' });
const dateFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, dateStyle: 'long' });
const numberFormat = new Intl.NumberFormat('fr-FR');

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
