import {
  CEJ_ACTION_KIND_LABELS,
  CEJ_ACTION_OUTCOME_LABELS,
  CEJ_ATTENTION_REASON_LABELS,
  CEJ_CONTRACT_STATUS_LABELS,
  CEJ_EXIT_REASON_LABELS,
  CEJ_SANCTION_LABELS,
  CEJ_SUSPENSION_REASON_LABELS,
  CEJ_TRANSITION_LABELS,
  HOUSEHOLD_TAX_BRACKET_LABELS,
  INTENSITY_LEVEL_LABELS,
} from '@passerelle/domain';
import { addDays, bySex, formatShortDay, plural } from '../../lib/format';

/** Labels keyed by the API's enum values (the domain's enums carry the same strings). */
const labels =
  (table: Record<string, string>) =>
  (value: string | null | undefined, empty = '—'): string =>
    value ? (table[value] ?? value) : empty;

export const contractStatusLabel = labels(CEJ_CONTRACT_STATUS_LABELS);
export const actionKindLabel = labels(CEJ_ACTION_KIND_LABELS);
export const actionOutcomeLabel = labels(CEJ_ACTION_OUTCOME_LABELS);
export const attentionReasonLabel = labels(CEJ_ATTENTION_REASON_LABELS);
export const exitReasonLabel = labels(CEJ_EXIT_REASON_LABELS);
export const sanctionLabel = labels(CEJ_SANCTION_LABELS);
export const suspensionReasonLabel = labels(CEJ_SUSPENSION_REASON_LABELS);
export const transitionLabel = labels(CEJ_TRANSITION_LABELS);
export const taxBracketLabel = labels(HOUSEHOLD_TAX_BRACKET_LABELS);
export const intensityLabel = labels(INTENSITY_LEVEL_LABELS);

/** Options of a Select from a label table. */
export const options = (table: Record<string, string>) =>
  Object.entries(table).map(([value, label]) => ({ value, label }));

export const CONTRACT_STATUS_COLORS: Record<string, string> = {
  DRAFT: 'gray',
  ACTIVE: 'teal',
  SUSPENDED: 'orange',
  ENDED: 'dark',
};
export const OUTCOME_COLORS: Record<string, string> = {
  PLANNED: 'blue',
  DONE: 'teal',
  PARTLY_DONE: 'yellow',
  NOT_DONE_EXCUSED: 'gray',
  NOT_DONE_UNEXCUSED: 'red',
};

// ---------------------------------------------------------------------------------------------------------------
// Contract list filters, kept in the address (?conseiller=…&antenne=…&promo=…&etat=ACTIVE&attention=1)
// ---------------------------------------------------------------------------------------------------------------

export const CONTRACT_STATUSES = ['DRAFT', 'ACTIVE', 'SUSPENDED', 'ENDED'] as const;
export type ContractStatusValue = (typeof CONTRACT_STATUSES)[number];

export interface CejListFilters {
  counsellorUserId: string;
  branchId: string;
  cohortId: string;
  status: ContractStatusValue | '';
  attention: boolean;
}

const PARAM_NAMES: Record<keyof CejListFilters, string> = {
  counsellorUserId: 'conseiller',
  branchId: 'antenne',
  cohortId: 'promo',
  status: 'etat',
  attention: 'attention',
};

export function parseCejFilters(params: URLSearchParams): CejListFilters {
  const status = params.get(PARAM_NAMES.status) ?? '';
  return {
    counsellorUserId: params.get(PARAM_NAMES.counsellorUserId) ?? '',
    branchId: params.get(PARAM_NAMES.branchId) ?? '',
    cohortId: params.get(PARAM_NAMES.cohortId) ?? '',
    status: (CONTRACT_STATUSES as readonly string[]).includes(status) ? (status as ContractStatusValue) : '',
    attention: params.get(PARAM_NAMES.attention) === '1',
  };
}

export function cejFiltersToParams(filters: CejListFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.counsellorUserId) out[PARAM_NAMES.counsellorUserId] = filters.counsellorUserId;
  if (filters.branchId) out[PARAM_NAMES.branchId] = filters.branchId;
  if (filters.cohortId) out[PARAM_NAMES.cohortId] = filters.cohortId;
  if (filters.status) out[PARAM_NAMES.status] = filters.status;
  if (filters.attention) out[PARAM_NAMES.attention] = '1';
  return out;
}

/** The API filter of the contract list (empty fields left out). */
export function toContractFilter(filters: CejListFilters) {
  return {
    counsellorUserId: filters.counsellorUserId || null,
    branchId: filters.branchId || null,
    cohortId: filters.cohortId || null,
    status: filters.status || null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Contract actions: offered only when the state machine and the user's rights allow them
// ---------------------------------------------------------------------------------------------------------------

export type ContractAction = 'sign' | 'suspend' | 'resume' | 'renew' | 'end' | 'decideTermination';

export const CONTRACT_ACTION_LABELS: Record<ContractAction, string> = {
  sign: 'Signer le contrat',
  suspend: 'Suspendre',
  resume: 'Reprendre',
  renew: 'Renouveler',
  end: 'Mettre fin au contrat',
  decideTermination: 'Décider la fin (3e manquement)',
};

export function contractActions(
  contract: { status: string; terminationDecisionPending: boolean },
  rights: { write: boolean; coordinate: boolean },
): ContractAction[] {
  const actions: ContractAction[] = [];
  const { status } = contract;
  if (rights.write && status === 'DRAFT') actions.push('sign');
  if (rights.write && status === 'ACTIVE') actions.push('suspend');
  if (rights.write && status === 'SUSPENDED') actions.push('resume');
  if (rights.coordinate && status === 'ACTIVE') actions.push('renew');
  if (rights.coordinate && contract.terminationDecisionPending && (status === 'ACTIVE' || status === 'SUSPENDED'))
    actions.push('decideTermination');
  if (rights.write && (status === 'ACTIVE' || status === 'SUSPENDED')) actions.push('end');
  return actions;
}

/** The planning is recorded while the contract runs. */
export const planningOpen = (status: string): boolean => status === 'ACTIVE' || status === 'SUSPENDED';

// ---------------------------------------------------------------------------------------------------------------
// Weekly planning grid
// ---------------------------------------------------------------------------------------------------------------

/** The Monday of the week of a day (AAAA-MM-JJ). */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const offset = (date.getUTCDay() + 6) % 7;
  return addDays(day, -offset);
}

export const WEEKDAY_NAMES = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;

export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** "Semaine du 6 au 12 janvier 2026" style label, short: "Semaine du 06/01/2026 au 12/01/2026". */
export function weekLabel(monday: string): string {
  return `Semaine du ${formatShortDay(monday)} au ${formatShortDay(addDays(monday, 6))}`;
}

export interface PlannedVsDone {
  plannedHours: number;
  doneHours: number;
  recorded: number;
  /** Actions still to record whose day has come (an outcome is recorded from the day of the action on). */
  pending: number;
}

/** Planned against done over some actions; done counts recorded outcomes only. */
export function plannedVsDone(
  actions: readonly { date: string; plannedHours: number; doneHours?: number | null; outcome: string }[],
  today: string,
): PlannedVsDone {
  let plannedHours = 0;
  let doneHours = 0;
  let recorded = 0;
  let pending = 0;
  for (const a of actions) {
    plannedHours += a.plannedHours;
    if (a.outcome !== 'PLANNED') {
      recorded += 1;
      doneHours += a.doneHours ?? 0;
    } else if (a.date <= today) pending += 1;
  }
  return { plannedHours, doneHours, recorded, pending };
}

/** "1 action à saisir", "3 actions à saisir". */
export const pendingActionsLabel = (pending: number): string => `${plural(pending, 'action')} à saisir`;

export interface IntensityView {
  /** Judged on the hours planned (week not over yet) or on the hours done (week over). */
  basis: 'PLANNED' | 'DONE';
  level: 'BELOW' | 'WITHIN' | 'ABOVE';
  label: string;
  color: string;
}

const INTENSITY_COLORS = { BELOW: 'orange', WITHIN: 'teal', ABOVE: 'blue' } as const;

/**
 * The week's intensity as a counsellor reads it: a week not over yet is judged on its planned hours against the
 * expected 15 to 20 h, a week over on the hours done; the label says which.
 */
export function weekIntensityView(week: {
  complete: boolean;
  plannedHours: number;
  doneHours: number;
  weeklyHoursMin: number;
  weeklyHoursMax: number;
}): IntensityView {
  const basis = week.complete ? 'DONE' : 'PLANNED';
  const hours = week.complete ? week.doneHours : week.plannedHours;
  const level = hours < week.weeklyHoursMin ? 'BELOW' : hours > week.weeklyHoursMax ? 'ABOVE' : 'WITHIN';
  const range = `${formatHours(week.weeklyHoursMin)} à ${formatHours(week.weeklyHoursMax)}`;
  const judged = basis === 'PLANNED' ? 'Prévu' : 'Réalisé';
  const verdict =
    level === 'BELOW'
      ? 'en dessous de l’intensité attendue'
      : level === 'ABOVE'
        ? 'au-delà de l’intensité attendue'
        : 'dans l’intensité attendue';
  return { basis, level, label: `${judged} : ${verdict} (${range})`, color: INTENSITY_COLORS[level] };
}

/**
 * A month's intensity: months to come are not judged; the month under way says where it stands so far; a month
 * over is met or not.
 */
export function monthIntensityView(
  month: { month: string; intensityMet: boolean; weeks: number; weeksMeetingIntensity: number },
  today: string,
): { label: string; color: string } {
  const start = month.month.slice(0, 10);
  if (start > today) return { label: 'À venir', color: 'gray' };
  const weeks = `${month.weeksMeetingIntensity} sur ${plural(month.weeks, 'semaine')}`;
  if (start.slice(0, 7) === today.slice(0, 7)) return { label: `En cours · ${weeks}`, color: 'gray' };
  return month.intensityMet
    ? { label: `Atteinte · ${weeks}`, color: 'teal' }
    : { label: `Insuffisante · ${weeks}`, color: 'orange' };
}

/** Actions grouped by day, each day in the order of the week. */
export function actionsByDay<T extends { date: string; title: string }>(
  actions: readonly T[],
  days: readonly string[],
): Record<string, T[]> {
  const byDay: Record<string, T[]> = Object.fromEntries(days.map((d) => [d, [] as T[]]));
  for (const action of actions) byDay[action.date]?.push(action);
  for (const day of days) byDay[day].sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  return byDay;
}

/** Which outcome fields the outcome form needs. */
export function outcomeNeeds(outcome: string): { doneHours: boolean; note: boolean; lastingJob: boolean } {
  return {
    doneHours: outcome === 'PARTLY_DONE',
    note: outcome === 'NOT_DONE_EXCUSED' || outcome === 'NOT_DONE_UNEXCUSED' || outcome === 'PARTLY_DONE',
    lastingJob: false,
  };
}

/** French error for the partly-done hours, or null. */
export function partlyDoneError(plannedHours: number, doneHours: number | string | null | undefined): string | null {
  const value = typeof doneHours === 'string' ? Number(doneHours.replace(',', '.')) : doneHours;
  if (value === null || value === undefined || Number.isNaN(value)) return 'Indiquez les heures réalisées.';
  if (value <= 0 || value >= plannedHours)
    return `Les heures réalisées sont comprises entre 0 et ${formatHours(plannedHours)} (exclus).`;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------------------------

const hoursFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const eurosFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** "17,5 h". */
export const formatHours = (hours: number): string => `${hoursFormat.format(hours)} h`;

/** A decimal text from the API ("347.30") in euros: "347,30 €". */
export function formatEuros(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const n = Number(value);
  return Number.isNaN(n) ? value : eurosFormat.format(n).replace(/\u202f/g, ' ');
}

export const formatRate = (rate: number | null | undefined): string =>
  rate === null || rate === undefined ? '—' : percentFormat.format(rate).replace(/\u202f/g, ' ');

/** "mars 2026" for the first day of a month. */
export function formatMonth(month: string): string {
  const date = new Date(`${month.slice(0, 7)}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(date);
}

export interface Gauge {
  value: number;
  color: string;
  label: string;
}

/** The company-days gauge: share of the target done, colour by whether it is reached or on track. */
export function companyDaysGauge(
  days: { daysDone: number; target: number | null; reached: boolean; onTrack: boolean } | null | undefined,
): Gauge | null {
  if (!days) return null;
  const target = days.target ?? 40;
  const value = target > 0 ? Math.min(100, Math.round((days.daysDone / target) * 100)) : 100;
  const color = days.reached ? 'teal' : days.onTrack ? 'blue' : 'orange';
  return { value, color, label: `${days.daysDone} / ${target} jours` };
}

/** Codes of the allowance terms that are totals, shown in bold. */
export const ALLOWANCE_TOTAL_CODES: readonly string[] = ['amount', 'fullMonthAmount', 'prorated', 'proratedAmount'];

export interface AllowanceMonthFacts {
  month: string;
  amount: string;
  declared: boolean;
  minor: boolean;
  ageOnFirstDay: number;
  taxBracket: string;
  monthlyAmount: string;
  fullMonthAmount: string;
  proratedAmount: string;
  coveredDays: number;
  daysInMonth: number;
  activityIncome: string;
  fullDeductionIncome: string;
  sanction: string;
  sanctionAmount: string;
  terms: readonly { code: string; value: string }[];
}

/**
 * A month's allowance as a counsellor reads it out to the young person: one sentence per step, amounts in euros.
 * The last line is the amount due.
 */
export function allowanceExplanation(month: AllowanceMonthFacts, sex: string | null | undefined): string[] {
  const term = (code: string) => month.terms.find((t) => t.code === code)?.value ?? '0';
  const eur = formatEuros;
  const monthName = formatMonth(month.month);
  const age = month.minor ? bySex(sex, 'Mineur', 'Mineure', 'Mineur·e') : bySex(sex, 'Majeur', 'Majeure', 'Majeur·e');
  const lines: string[] = [];
  if (Number(month.monthlyAmount) === 0) {
    lines.push(`${taxBracketLabel(month.taxBracket)} : il n’y a pas d’allocation.`);
  } else {
    lines.push(
      `${age} au 1er ${monthName} (${month.ageOnFirstDay} ans), ${taxBracketLabel(month.taxBracket).toLowerCase()} : l’allocation de base est de ${eur(month.monthlyAmount)} par mois.`,
    );
  }
  if (!month.declared) lines.push('Les ressources du mois ne sont pas déclarées : le calcul les compte à 0 €.');
  if (Number(month.fullDeductionIncome) > 0)
    lines.push(
      `Les allocations chômage ou la rémunération de formation (${eur(month.fullDeductionIncome)}) se déduisent entièrement : il reste ${eur(term('M_minus_R_full'))}.`,
    );
  const threshold = term('threshold');
  if (Number(month.activityIncome) === 0) {
    if (month.declared) lines.push('Aucun revenu d’activité ce mois-ci : rien n’est retiré.');
  } else if (Number(term('excess')) === 0) {
    lines.push(
      `Les revenus d’activité (${eur(month.activityIncome)}) ne dépassent pas ${eur(threshold)} : ils se cumulent avec l’allocation sans la réduire.`,
    );
  } else {
    lines.push(
      `Les revenus d’activité (${eur(month.activityIncome)}) dépassent ${eur(threshold)} de ${eur(term('excess'))} : l’allocation baisse de ${eur(term('reduction'))}.`,
    );
  }
  lines.push(`Pour un mois complet, l’allocation serait de ${eur(month.fullMonthAmount)}.`);
  if (month.coveredDays < month.daysInMonth)
    lines.push(
      `Le contrat couvre ${plural(month.coveredDays, 'jour')} sur ${month.daysInMonth} en ${monthName} : ${eur(month.proratedAmount)} pour ces jours.`,
    );
  if (month.sanction !== 'NONE')
    lines.push(`${sanctionLabel(month.sanction)} : ${eur(month.sanctionAmount)} en moins.`);
  lines.push(`Allocation due pour ${monthName} : ${eur(month.amount)}.`);
  return lines;
}

/** Rows of the weeks chart: planned and done hours per week. */
export function weeksChartData(weeks: readonly { weekStart: string; plannedHours: number; doneHours: number }[]) {
  return weeks.map((w) => ({
    semaine: formatShortDay(w.weekStart).slice(0, 5),
    Prévues: w.plannedHours,
    Réalisées: w.doneHours,
  }));
}
