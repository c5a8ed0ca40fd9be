import { CalendarDate } from '../dates';
import { frenchDate } from '../reports/periods';
import { ageOn } from '../participants';
import { HouseholdTaxBracket } from './contract';
import { divRound, formatCents, formatScaled, maxBig, parseScaled, pow10, toCents } from './money';
import { daysInMonth } from './planning';

/**
 * Rule parameters that change with the law, stored as dated rows (never constants in code): the value of a key on a
 * day is the row with the latest `validFrom` on or before that day. A change is a new row, so past computations can
 * be redone exactly.
 */
export enum CejParameterKey {
  /** Monthly allowance of a young person of 18 or more in a non-taxable household. */
  ALLOWANCE_ADULT_NON_TAXABLE = 'ALLOWANCE_ADULT_NON_TAXABLE',
  /** Monthly allowance of a young person of 18 or more in a household taxed in the first bracket. */
  ALLOWANCE_ADULT_FIRST_BRACKET = 'ALLOWANCE_ADULT_FIRST_BRACKET',
  /** Monthly allowance of a minor. */
  ALLOWANCE_MINOR = 'ALLOWANCE_MINOR',
  /** Gross monthly SMIC (35 hours). */
  SMIC_GROSS_MONTHLY = 'SMIC_GROSS_MONTHLY',
  /** Activity income fully cumulable with the allowance (300 EUR). */
  ACTIVITY_INCOME_THRESHOLD = 'ACTIVITY_INCOME_THRESHOLD',
  /** Share of the gross SMIC at which the allowance reaches zero (0.8). */
  SMIC_FACTOR = 'SMIC_FACTOR',
  /**
   * Decimals kept on the degressive coefficient M / (0.8 × SMIC − 300). The decree rounds nothing in between: 10
   * decimals keep the result exact to the cent (see docs/api.md, "Allocation CEJ"); 3 would reproduce the hand-made
   * rounding of domain.md's worked example (347.30 instead of 347.31).
   */
  DEGRESSIVE_COEFFICIENT_DECIMALS = 'DEGRESSIVE_COEFFICIENT_DECIMALS',
  /** Weekly hours expected at least (15). */
  WEEKLY_HOURS_MIN = 'WEEKLY_HOURS_MIN',
  /** Weekly hours expected at most (20). */
  WEEKLY_HOURS_MAX = 'WEEKLY_HOURS_MAX',
  /** Attendance rate under which a contract needs attention (0.8). */
  ATTENDANCE_RATE_MIN = 'ATTENDANCE_RATE_MIN',
  /** Days in a company expected within the first 6 months (40). */
  COMPANY_DAYS_TARGET = 'COMPANY_DAYS_TARGET',
}

export const CEJ_PARAMETER_LABELS: Record<CejParameterKey, string> = {
  [CejParameterKey.ALLOWANCE_ADULT_NON_TAXABLE]: 'Allocation mensuelle, 18 ans et plus, foyer non imposable (EUR)',
  [CejParameterKey.ALLOWANCE_ADULT_FIRST_BRACKET]:
    'Allocation mensuelle, 18 ans et plus, foyer imposé dans la 1re tranche (EUR)',
  [CejParameterKey.ALLOWANCE_MINOR]: 'Allocation mensuelle, mineur·e (EUR)',
  [CejParameterKey.SMIC_GROSS_MONTHLY]: 'SMIC mensuel brut, 35 heures (EUR)',
  [CejParameterKey.ACTIVITY_INCOME_THRESHOLD]: 'Revenus d’activité cumulables en totalité (EUR)',
  [CejParameterKey.SMIC_FACTOR]: 'Part du SMIC brut où l’allocation s’annule',
  [CejParameterKey.DEGRESSIVE_COEFFICIENT_DECIMALS]: 'Décimales du coefficient de dégressivité',
  [CejParameterKey.WEEKLY_HOURS_MIN]: 'Heures d’activité par semaine, minimum',
  [CejParameterKey.WEEKLY_HOURS_MAX]: 'Heures d’activité par semaine, maximum',
  [CejParameterKey.ATTENDANCE_RATE_MIN]: 'Taux d’assiduité minimal (0,8 = 80 %)',
  [CejParameterKey.COMPANY_DAYS_TARGET]: 'Jours en entreprise attendus dans les 6 premiers mois',
};

/** Parameters whose value is money (2 decimals at most); the others carry up to 4 decimals. */
export const MONEY_PARAMETERS: readonly CejParameterKey[] = [
  CejParameterKey.ALLOWANCE_ADULT_NON_TAXABLE,
  CejParameterKey.ALLOWANCE_ADULT_FIRST_BRACKET,
  CejParameterKey.ALLOWANCE_MINOR,
  CejParameterKey.SMIC_GROSS_MONTHLY,
  CejParameterKey.ACTIVITY_INCOME_THRESHOLD,
];

export interface CejParameterValue {
  key: CejParameterKey;
  validFrom: CalendarDate;
  /** A decimal string ("552.29", "0.8000"). */
  value: string;
  source?: string | null;
}

/**
 * The values in force since the CEJ started (1 March 2022), from domain.md "Facts gathered from public sources"
 * (allowance amounts by period, SMIC by period, the 300 EUR threshold). Loaded by a migration; new values are new rows.
 */
export const CEJ_PARAMETER_HISTORY: readonly CejParameterValue[] = [
  ...(
    [
      ['2022-03-01', '500.00', '300.00', '200.00'],
      ['2022-07-01', '520.00', '312.00', '208.00'],
      ['2023-04-01', '528.00', '316.80', '211.20'],
      ['2024-04-01', '552.29', '331.37', '220.92'],
      ['2025-04-01', '561.68', '337.00', '224.68'],
    ] as const
  ).flatMap(([validFrom, nonTaxable, firstBracket, minor]) => [
    {
      key: CejParameterKey.ALLOWANCE_ADULT_NON_TAXABLE,
      validFrom,
      value: nonTaxable,
      source: 'Montant revalorisé de l’allocation CEJ',
    },
    {
      key: CejParameterKey.ALLOWANCE_ADULT_FIRST_BRACKET,
      validFrom,
      value: firstBracket,
      source: 'Montant revalorisé de l’allocation CEJ',
    },
    { key: CejParameterKey.ALLOWANCE_MINOR, validFrom, value: minor, source: 'Montant revalorisé de l’allocation CEJ' },
  ]),
  ...(
    [
      ['2022-01-01', '1603.12'],
      ['2022-05-01', '1645.58'],
      ['2022-08-01', '1678.95'],
      ['2023-01-01', '1709.28'],
      ['2023-05-01', '1747.20'],
      ['2024-01-01', '1766.92'],
      ['2024-11-01', '1801.80'],
      ['2026-01-01', '1823.03'],
    ] as const
  ).map(([validFrom, value]) => ({
    key: CejParameterKey.SMIC_GROSS_MONTHLY,
    validFrom,
    value,
    source: 'SMIC horaire brut × 151,67 h',
  })),
  {
    key: CejParameterKey.ACTIVITY_INCOME_THRESHOLD,
    validFrom: '2022-03-01',
    value: '300.00',
    source: 'Décret n° 2022-199 du 18 février 2022',
  },
  {
    key: CejParameterKey.SMIC_FACTOR,
    validFrom: '2022-03-01',
    value: '0.8',
    source: 'Décret n° 2022-199 du 18 février 2022',
  },
  {
    key: CejParameterKey.DEGRESSIVE_COEFFICIENT_DECIMALS,
    validFrom: '2022-03-01',
    value: '10',
    source: 'Décret n° 2022-199 : pas d’arrondi intermédiaire, résultat arrondi au centime',
  },
  {
    key: CejParameterKey.WEEKLY_HOURS_MIN,
    validFrom: '2022-03-01',
    value: '15',
    source: 'Accompagnement intensif de 15 à 20 heures par semaine',
  },
  {
    key: CejParameterKey.WEEKLY_HOURS_MAX,
    validFrom: '2022-03-01',
    value: '20',
    source: 'Accompagnement intensif de 15 à 20 heures par semaine',
  },
  {
    key: CejParameterKey.ATTENDANCE_RATE_MIN,
    validFrom: '2022-03-01',
    value: '0.8',
    source: 'Seuil d’alerte de la structure',
  },
  {
    key: CejParameterKey.COMPANY_DAYS_TARGET,
    validFrom: '2022-03-01',
    value: '40',
    source: 'Objectif de 40 jours en entreprise dans les 6 premiers mois',
  },
];

/** The row of a key in force on a day, or null when none had started yet. */
export function parameterOn(
  rows: readonly CejParameterValue[],
  key: CejParameterKey,
  day: CalendarDate,
): CejParameterValue | null {
  let best: CejParameterValue | null = null;
  for (const row of rows) {
    if (row.key === key && row.validFrom <= day && (!best || row.validFrom > best.validFrom)) best = row;
  }
  return best;
}

/** Like parameterOn, but a missing value is an error naming the key and the day. */
export function requireParameter(
  rows: readonly CejParameterValue[],
  key: CejParameterKey,
  day: CalendarDate,
): CejParameterValue {
  const row = parameterOn(rows, key, day);
  if (!row) throw new MissingParameterError(key, day);
  return row;
}

export class MissingParameterError extends Error {
  constructor(
    readonly key: CejParameterKey,
    readonly day: CalendarDate,
  ) {
    super(`Aucune valeur du paramètre « ${CEJ_PARAMETER_LABELS[key]} » n’est en vigueur le ${day}.`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Breaches and their sanctions
// ---------------------------------------------------------------------------------------------------------------

/** Sanctions of unexcused absences: 1st breach −¼ of the month, 2nd the month suppressed, 3rd the contract ended by decision. */
export enum CejSanction {
  NONE = 'NONE',
  QUARTER_REMOVED = 'QUARTER_REMOVED',
  MONTH_SUPPRESSED = 'MONTH_SUPPRESSED',
}

export const CEJ_SANCTION_LABELS: Record<CejSanction, string> = {
  [CejSanction.NONE]: 'Aucune',
  [CejSanction.QUARTER_REMOVED]: 'Premier manquement : retrait d’un quart de l’allocation du mois',
  [CejSanction.MONTH_SUPPRESSED]: 'Deuxième manquement ou suivant : suppression de l’allocation du mois',
};

/** The breach from which the contract is ended, by a decision of the structure's legal representative. */
export const CEJ_TERMINATING_BREACH_RANK = 3;

export function sanctionForBreach(rank: number | null): CejSanction {
  if (!rank || rank < 1) return CejSanction.NONE;
  return rank === 1 ? CejSanction.QUARTER_REMOVED : CejSanction.MONTH_SUPPRESSED;
}

/** The day a termination decided after a third breach takes effect: the 1st of the month following the decision. */
export function terminationEffectiveOn(decidedOn: CalendarDate): CalendarDate {
  const [y, m] = decidedOn.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return `${next}-01`;
}

// ---------------------------------------------------------------------------------------------------------------
// The monthly allowance
// ---------------------------------------------------------------------------------------------------------------

export interface AllowanceMonthFacts {
  /** The first day of the month computed. */
  month: CalendarDate;
  birthDate: CalendarDate;
  taxBracket: HouseholdTaxBracket;
  /** Activity income declared for the month (EUR, decimal string); null when not declared yet (counted as 0). */
  activityIncome: string | null;
  /** Income deducted in full: unemployment benefit, training pay (EUR); null counts as 0. */
  fullDeductionIncome: string | null;
  /** Days of the month covered by the contract and not suspended. */
  coveredDays: number;
  /** The highest rank of the breaches that occurred in the month, if any. */
  breachRank: number | null;
}

export interface AllowanceTerm {
  code: string;
  label: string;
  value: string;
}

export interface AllowanceMonth {
  month: CalendarDate;
  declared: boolean;
  ageOnFirstDay: number;
  minor: boolean;
  taxBracket: HouseholdTaxBracket;
  amountKey: CejParameterKey | null;
  /** M: the monthly amount for this situation (0 above the first tax bracket). */
  monthlyAmount: string;
  monthlyAmountValidFrom: CalendarDate | null;
  activityIncome: string;
  fullDeductionIncome: string;
  activityIncomeThreshold: string;
  smicGrossMonthly: string;
  smicValidFrom: CalendarDate;
  smicFactor: string;
  /** max(0, M − R_full). */
  afterFullDeduction: string;
  /** max(0, R_act − 300). */
  excessActivityIncome: string;
  /** 0.8 × SMIC − 300. */
  degressiveDenominator: string;
  /** M / (0.8 × SMIC − 300), rounded to the configured decimals. */
  degressiveCoefficient: string;
  /** excess × coefficient, rounded to the cent. */
  degressiveReduction: string;
  /** max(0, afterFullDeduction − reduction). */
  fullMonthAmount: string;
  daysInMonth: number;
  coveredDays: number;
  /** fullMonthAmount × coveredDays / daysInMonth. */
  proratedAmount: string;
  breachRank: number | null;
  sanction: CejSanction;
  sanctionAmount: string;
  /** What is due for the month. */
  amount: string;
  /** Every term, in order, with its French label, for the detail shown to staff and the young person. */
  terms: AllowanceTerm[];
}

function amountKeyFor(minor: boolean, bracket: HouseholdTaxBracket): CejParameterKey | null {
  if (bracket === HouseholdTaxBracket.ABOVE_FIRST_BRACKET) return null;
  if (minor) return CejParameterKey.ALLOWANCE_MINOR;
  return bracket === HouseholdTaxBracket.NON_TAXABLE
    ? CejParameterKey.ALLOWANCE_ADULT_NON_TAXABLE
    : CejParameterKey.ALLOWANCE_ADULT_FIRST_BRACKET;
}

/** Scale of non-money parameters and intermediate ratios. */
const RATIO_SCALE = 4;

/**
 * One month of allowance, every term shown:
 *   A = max(0, M − R_full) − max(0, R_act − 300) × M / (0.8 × SMIC − 300), floored at 0,
 * then prorated to the days covered, then the sanction of the month's breach. All values come from the dated
 * parameters in force on the first day of the month. Exact decimal arithmetic (cents, BigInt).
 */
export function computeAllowanceMonth(
  facts: AllowanceMonthFacts,
  parameters: readonly CejParameterValue[],
): AllowanceMonth {
  const day = facts.month;
  const age = ageOn(facts.birthDate, day);
  const minor = age < 18;
  const amountKey = amountKeyFor(minor, facts.taxBracket);
  const amountRow = amountKey ? requireParameter(parameters, amountKey, day) : null;
  const smicRow = requireParameter(parameters, CejParameterKey.SMIC_GROSS_MONTHLY, day);
  const thresholdRow = requireParameter(parameters, CejParameterKey.ACTIVITY_INCOME_THRESHOLD, day);
  const factorRow = requireParameter(parameters, CejParameterKey.SMIC_FACTOR, day);
  const decimals = Number(requireParameter(parameters, CejParameterKey.DEGRESSIVE_COEFFICIENT_DECIMALS, day).value);

  const M = amountRow ? toCents(amountRow.value) : 0n;
  const rAct = toCents(facts.activityIncome ?? '0');
  const rFull = toCents(facts.fullDeductionIncome ?? '0');
  const threshold = toCents(thresholdRow.value);
  const smic = toCents(smicRow.value);
  const factor = parseScaled(factorRow.value, RATIO_SCALE);

  const afterFullDeduction = maxBig(0n, M - rFull);
  const excess = maxBig(0n, rAct - threshold);
  // Denominator in cents × 10^4, exact: 0.8 × SMIC − 300.
  const denominatorScaled = smic * factor - threshold * pow10(RATIO_SCALE);
  if (denominatorScaled <= 0n)
    throw new Error('Paramètres incohérents : 0,8 × SMIC doit dépasser le seuil de revenus d’activité.');
  const coefficient = divRound(M * pow10(RATIO_SCALE) * pow10(decimals), denominatorScaled);
  const reduction = divRound(excess * coefficient, pow10(decimals));
  const fullMonth = maxBig(0n, afterFullDeduction - reduction);

  const monthDays = daysInMonth(day);
  const covered = Math.max(0, Math.min(facts.coveredDays, monthDays));
  const prorated = divRound(fullMonth * BigInt(covered), BigInt(monthDays));
  const sanction = sanctionForBreach(facts.breachRank);
  const sanctionAmount =
    sanction === CejSanction.QUARTER_REMOVED
      ? divRound(prorated, 4n)
      : sanction === CejSanction.MONTH_SUPPRESSED
        ? prorated
        : 0n;
  const amount = maxBig(0n, prorated - sanctionAmount);

  const euros = formatCents;
  const terms: AllowanceTerm[] = [
    {
      code: 'M',
      label: amountKey
        ? `Montant mensuel M (${CEJ_PARAMETER_LABELS[amountKey]}, en vigueur depuis le ${frenchDate(amountRow!.validFrom)})`
        : 'Montant mensuel M (foyer imposé au-delà de la 1re tranche : pas d’allocation)',
      value: euros(M),
    },
    {
      code: 'R_full',
      label: 'Revenus déduits en totalité (allocations chômage, rémunération de formation)',
      value: euros(rFull),
    },
    { code: 'M_minus_R_full', label: 'max(0, M − R_full)', value: euros(afterFullDeduction) },
    { code: 'R_act', label: 'Revenus d’activité déclarés', value: euros(rAct) },
    { code: 'threshold', label: 'Seuil de cumul intégral', value: euros(threshold) },
    { code: 'excess', label: 'max(0, R_act − seuil)', value: euros(excess) },
    {
      code: 'SMIC',
      label: `SMIC mensuel brut (en vigueur depuis le ${frenchDate(smicRow.validFrom)})`,
      value: euros(smic),
    },
    {
      code: 'denominator',
      label: `${formatScaled(factor, RATIO_SCALE)
        .replace(/\.?0+$/, '')
        .replace('.', ',')} × SMIC − seuil`,
      value: formatCents(divRound(denominatorScaled, pow10(RATIO_SCALE))),
    },
    {
      code: 'coefficient',
      label: `Coefficient de dégressivité M / (${formatScaled(factor, RATIO_SCALE)
        .replace(/\.?0+$/, '')
        .replace('.', ',')} × SMIC − seuil), arrondi à ${decimals} ${decimals > 1 ? 'décimales' : 'décimale'}`,
      value: formatScaled(coefficient, decimals),
    },
    { code: 'reduction', label: 'Réduction dégressive : max(0, R_act − seuil) × coefficient', value: euros(reduction) },
    {
      code: 'full_month',
      label: 'Allocation d’un mois complet : max(0, max(0, M − R_full) − réduction)',
      value: euros(fullMonth),
    },
    {
      code: 'prorata',
      label: `Prorata : ${covered} ${covered > 1 ? 'jours couverts' : 'jour couvert'} sur ${monthDays}`,
      value: euros(prorated),
    },
    { code: 'sanction', label: CEJ_SANCTION_LABELS[sanction], value: euros(-sanctionAmount) },
    { code: 'amount', label: 'Allocation due pour le mois', value: euros(amount) },
  ];

  return {
    month: day,
    declared: facts.activityIncome !== null,
    ageOnFirstDay: age,
    minor,
    taxBracket: facts.taxBracket,
    amountKey,
    monthlyAmount: euros(M),
    monthlyAmountValidFrom: amountRow?.validFrom ?? null,
    activityIncome: euros(rAct),
    fullDeductionIncome: euros(rFull),
    activityIncomeThreshold: euros(threshold),
    smicGrossMonthly: euros(smic),
    smicValidFrom: smicRow.validFrom,
    smicFactor: formatScaled(factor, RATIO_SCALE),
    afterFullDeduction: euros(afterFullDeduction),
    excessActivityIncome: euros(excess),
    degressiveDenominator: formatCents(divRound(denominatorScaled, pow10(RATIO_SCALE))),
    degressiveCoefficient: formatScaled(coefficient, decimals),
    degressiveReduction: euros(reduction),
    fullMonthAmount: euros(fullMonth),
    daysInMonth: monthDays,
    coveredDays: covered,
    proratedAmount: euros(prorated),
    breachRank: facts.breachRank,
    sanction,
    sanctionAmount: euros(sanctionAmount),
    amount: euros(amount),
    terms,
  };
}

/** Per-field errors of declared income: non-negative decimals with at most 2 decimals. */
export function incomeErrors(fields: Record<string, string | null | undefined>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    if (!/^\d{1,7}(\.\d{1,2})?$/.test(value))
      errors[field] = 'Montant invalide : un nombre positif avec au plus 2 décimales est attendu (ex. 600 ou 612.50).';
  }
  return errors;
}

export interface DaySpan {
  from: CalendarDate;
  /** Inclusive; null while it lasts. */
  to: CalendarDate | null;
}

/** Days of a month inside the contract's span and outside its suspensions (a suspended young person is not paid). */
export function coveredDaysInMonth(
  month: CalendarDate,
  contract: { startOn: CalendarDate; lastDayOn: CalendarDate },
  suspensions: readonly DaySpan[],
): number {
  const first = month;
  const last = `${month.slice(0, 8)}${String(daysInMonth(month)).padStart(2, '0')}`;
  const from = contract.startOn > first ? contract.startOn : first;
  const to = contract.lastDayOn < last ? contract.lastDayOn : last;
  if (from > to) return 0;
  let covered = spanDays(from, to);
  for (const suspension of suspensions) {
    const sFrom = suspension.from > from ? suspension.from : from;
    const sTo = suspension.to === null || suspension.to > to ? to : suspension.to;
    if (sFrom <= sTo) covered -= spanDays(sFrom, sTo);
  }
  return Math.max(0, covered);
}

function spanDays(from: CalendarDate, to: CalendarDate): number {
  const utc = (day: CalendarDate) =>
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000) + 1;
}
