import { addDays, addMonths, CalendarDate } from '../dates';
import { ageOn } from '../participants';

/**
 * The Contrat d'Engagement Jeune (seeds 000 and 004, domain.md "Facts gathered from public sources").
 *
 *   DRAFT ──sign──▶ ACTIVE ──suspend──▶ SUSPENDED
 *                     ▲ │◀────resume──────┘ │
 *           renew ────┘ │                   │
 *                       └──end──▶ ENDED ◀───┘
 *
 * A renewal keeps the contract ACTIVE and records the commission's reasoned opinion and the new end date.
 */
export enum CejContractStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  ENDED = 'ENDED',
}

export const CEJ_CONTRACT_STATUS_LABELS: Record<CejContractStatus, string> = {
  [CejContractStatus.DRAFT]: 'Brouillon',
  [CejContractStatus.ACTIVE]: 'Signé, en cours',
  [CejContractStatus.SUSPENDED]: 'Suspendu',
  [CejContractStatus.ENDED]: 'Terminé',
};

export enum CejTransitionKind {
  SIGN = 'SIGN',
  SUSPEND = 'SUSPEND',
  RESUME = 'RESUME',
  RENEW = 'RENEW',
  END = 'END',
}

export const CEJ_TRANSITION_LABELS: Record<CejTransitionKind, string> = {
  [CejTransitionKind.SIGN]: 'signer le contrat',
  [CejTransitionKind.SUSPEND]: 'suspendre le contrat',
  [CejTransitionKind.RESUME]: 'reprendre le contrat',
  [CejTransitionKind.RENEW]: 'renouveler le contrat',
  [CejTransitionKind.END]: 'mettre fin au contrat',
};

/** Which statuses each operation starts from, and where it leads. */
export const CEJ_TRANSITIONS: Record<CejTransitionKind, { from: readonly CejContractStatus[]; to: CejContractStatus }> =
  {
    [CejTransitionKind.SIGN]: { from: [CejContractStatus.DRAFT], to: CejContractStatus.ACTIVE },
    [CejTransitionKind.SUSPEND]: { from: [CejContractStatus.ACTIVE], to: CejContractStatus.SUSPENDED },
    [CejTransitionKind.RESUME]: { from: [CejContractStatus.SUSPENDED], to: CejContractStatus.ACTIVE },
    [CejTransitionKind.RENEW]: { from: [CejContractStatus.ACTIVE], to: CejContractStatus.ACTIVE },
    [CejTransitionKind.END]: {
      from: [CejContractStatus.ACTIVE, CejContractStatus.SUSPENDED],
      to: CejContractStatus.ENDED,
    },
  };

/** Why an operation is refused in this status (a French sentence), or null when it is allowed. */
export function cejTransitionError(status: CejContractStatus, kind: CejTransitionKind): string | null {
  const rule = CEJ_TRANSITIONS[kind];
  if (rule.from.includes(status)) return null;
  const allowed = rule.from.map((s) => `« ${CEJ_CONTRACT_STATUS_LABELS[s]} »`).join(' ou ');
  return `Impossible de ${CEJ_TRANSITION_LABELS[kind]} : il est « ${CEJ_CONTRACT_STATUS_LABELS[status]} », il doit être ${allowed}.`;
}

/** Statuses in which the young person is followed (planning, positioning, booklet, allowance). */
export const CEJ_RUNNING_STATUSES: readonly CejContractStatus[] = [
  CejContractStatus.ACTIVE,
  CejContractStatus.SUSPENDED,
];

// ---------------------------------------------------------------------------------------------------------------
// Durations (law and seeds: 6 months by default, 4 to 12 at signature, 12 in total, exceptionally 18 with a reason)
// ---------------------------------------------------------------------------------------------------------------

export const CEJ_DEFAULT_INITIAL_MONTHS = 6;
export const CEJ_MIN_INITIAL_MONTHS = 4;
export const CEJ_MAX_INITIAL_MONTHS = 12;
export const CEJ_MAX_TOTAL_MONTHS = 12;
export const CEJ_EXCEPTIONAL_MAX_TOTAL_MONTHS = 18;

/** The last day of a contract of `months` months starting on `start` (6 months from 6 January end on 5 July). */
export function cejEndDate(start: CalendarDate, months: number): CalendarDate {
  return addDays(addMonths(start, months), -1);
}

export function initialDurationError(months: number): string | null {
  if (!Number.isInteger(months) || months < CEJ_MIN_INITIAL_MONTHS || months > CEJ_MAX_INITIAL_MONTHS) {
    return `La durée initiale va de ${CEJ_MIN_INITIAL_MONTHS} à ${CEJ_MAX_INITIAL_MONTHS} mois (${CEJ_DEFAULT_INITIAL_MONTHS} par défaut).`;
  }
  return null;
}

export interface RenewalFacts {
  startOn: CalendarDate;
  currentEndOn: CalendarDate;
  newEndOn: CalendarDate;
  commissionOn: CalendarDate;
  opinion?: string | null;
  exceptionalJustification?: string | null;
}

/**
 * Per-field errors of a renewal: the commission's reasoned opinion is required, the new end comes after the current
 * one, the total stays within 12 months, or 18 months with a justification.
 */
export function renewalErrors(facts: RenewalFacts): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!facts.opinion?.trim()) errors.opinion = 'L’avis motivé de la commission de suivi est obligatoire.';
  if (facts.commissionOn < facts.startOn)
    errors.commissionOn = `La commission ne peut pas précéder le début du contrat (${facts.startOn}).`;
  if (facts.newEndOn <= facts.currentEndOn) {
    errors.newEndOn = `La nouvelle date de fin doit être postérieure à la fin actuelle (${facts.currentEndOn}).`;
    return errors;
  }
  const normalCap = cejEndDate(facts.startOn, CEJ_MAX_TOTAL_MONTHS);
  const exceptionalCap = cejEndDate(facts.startOn, CEJ_EXCEPTIONAL_MAX_TOTAL_MONTHS);
  if (facts.newEndOn > exceptionalCap) {
    errors.newEndOn = `Le contrat ne peut pas dépasser ${CEJ_EXCEPTIONAL_MAX_TOTAL_MONTHS} mois au total (fin au plus tard le ${exceptionalCap}).`;
  } else if (facts.newEndOn > normalCap && !facts.exceptionalJustification?.trim()) {
    errors.exceptionalJustification = `Au-delà de ${CEJ_MAX_TOTAL_MONTHS} mois au total (après le ${normalCap}), une justification est obligatoire.`;
  }
  return errors;
}

/** Whether a renewal goes beyond the normal cap (and so needed a justification). */
export const isExceptionalRenewal = (startOn: CalendarDate, newEndOn: CalendarDate): boolean =>
  newEndOn > cejEndDate(startOn, CEJ_MAX_TOTAL_MONTHS);

// ---------------------------------------------------------------------------------------------------------------
// Eligibility at signature
// ---------------------------------------------------------------------------------------------------------------

export const CEJ_MIN_AGE = 16;
export const CEJ_MAX_AGE = 25;
export const CEJ_MAX_AGE_WITH_DISABILITY = 29;
/** Since 1 January 2025 (law "pour le plein emploi"), the young person must be registered as a jobseeker. */
export const CEJ_JOBSEEKER_REGISTRATION_FROM: CalendarDate = '2025-01-01';

export interface EligibilityFacts {
  birthDate: CalendarDate;
  signedOn: CalendarDate;
  /** Recognised disability (RQTH), from the participant's file. */
  disabilityRecognised: boolean;
  /** Student or in training at signature. */
  inEducation: boolean;
  registeredJobseeker: boolean;
}

export interface Eligibility {
  eligible: boolean;
  age: number;
  /** French reasons of a refusal, by input field. */
  errors: Record<string, string>;
}

/** Eligibility at signature: 16 to 25 (up to 29 with a recognised disability), neither student nor in training, registered as a jobseeker since 2025. */
export function cejEligibility(facts: EligibilityFacts): Eligibility {
  const age = ageOn(facts.birthDate, facts.signedOn);
  const errors: Record<string, string> = {};
  const maxAge = facts.disabilityRecognised ? CEJ_MAX_AGE_WITH_DISABILITY : CEJ_MAX_AGE;
  if (age < CEJ_MIN_AGE) {
    errors.signedOn = `La personne a ${age} ans à la signature : le CEJ est ouvert à partir de ${CEJ_MIN_AGE} ans.`;
  } else if (age > maxAge) {
    errors.signedOn = facts.disabilityRecognised
      ? `La personne a ${age} ans à la signature : avec une reconnaissance de handicap, le CEJ est ouvert jusqu’à ${CEJ_MAX_AGE_WITH_DISABILITY} ans révolus.`
      : `La personne a ${age} ans à la signature : le CEJ est ouvert de ${CEJ_MIN_AGE} à ${CEJ_MAX_AGE} ans révolus (jusqu’à ${CEJ_MAX_AGE_WITH_DISABILITY} ans avec une reconnaissance de handicap).`;
  }
  if (facts.inEducation) errors.inEducation = 'Un·e étudiant·e ou une personne en formation ne peut pas signer de CEJ.';
  if (facts.signedOn >= CEJ_JOBSEEKER_REGISTRATION_FROM && !facts.registeredJobseeker) {
    errors.registeredJobseeker =
      'Depuis le 1er janvier 2025, l’inscription comme demandeur·se d’emploi est obligatoire pour signer un CEJ.';
  }
  return { eligible: Object.keys(errors).length === 0, age, errors };
}

// ---------------------------------------------------------------------------------------------------------------
// Suspensions and exits
// ---------------------------------------------------------------------------------------------------------------

export enum CejSuspensionReason {
  HEALTH = 'HEALTH',
  FAMILY = 'FAMILY',
  SHORT_JOB = 'SHORT_JOB',
  TRAINING = 'TRAINING',
  CIVIC_SERVICE = 'CIVIC_SERVICE',
  OTHER = 'OTHER',
}

export const CEJ_SUSPENSION_REASON_LABELS: Record<CejSuspensionReason, string> = {
  [CejSuspensionReason.HEALTH]: 'Raison de santé, maternité',
  [CejSuspensionReason.FAMILY]: 'Raison familiale',
  [CejSuspensionReason.SHORT_JOB]: 'Emploi de courte durée',
  [CejSuspensionReason.TRAINING]: 'Formation',
  [CejSuspensionReason.CIVIC_SERVICE]: 'Service civique, volontariat',
  [CejSuspensionReason.OTHER]: 'Autre motif',
};

export enum CejExitReason {
  LASTING_JOB = 'LASTING_JOB',
  QUALIFYING_TRAINING = 'QUALIFYING_TRAINING',
  OTHER_SOLUTION = 'OTHER_SOLUTION',
  DROP_OUT = 'DROP_OUT',
  MOVED = 'MOVED',
  END_WITHOUT_SOLUTION = 'END_WITHOUT_SOLUTION',
  SANCTION = 'SANCTION',
  OTHER = 'OTHER',
}

export const CEJ_EXIT_REASON_LABELS: Record<CejExitReason, string> = {
  [CejExitReason.LASTING_JOB]: 'Emploi durable (CDI, CDD ou intérim de 6 mois ou plus)',
  [CejExitReason.QUALIFYING_TRAINING]: 'Formation qualifiante',
  [CejExitReason.OTHER_SOLUTION]: 'Autre solution (emploi court, alternance, service civique…)',
  [CejExitReason.DROP_OUT]: 'Abandon',
  [CejExitReason.MOVED]: 'Déménagement',
  [CejExitReason.END_WITHOUT_SOLUTION]: 'Fin de contrat sans solution',
  [CejExitReason.SANCTION]: 'Fin décidée après un troisième manquement',
  [CejExitReason.OTHER]: 'Autre motif',
};

export const POSITIVE_CEJ_EXIT_REASONS: readonly CejExitReason[] = [
  CejExitReason.LASTING_JOB,
  CejExitReason.QUALIFYING_TRAINING,
  CejExitReason.OTHER_SOLUTION,
];

/** Per-field errors of an exit. */
export function exitErrors(facts: {
  startOn: CalendarDate;
  endedOn: CalendarDate;
  reason: CejExitReason;
  comment?: string | null;
  lastChangeOn?: CalendarDate | null;
}): Record<string, string> {
  const errors: Record<string, string> = {};
  if (facts.endedOn < facts.startOn)
    errors.endedOn = `La fin ne peut pas précéder le début du contrat (${facts.startOn}).`;
  else if (facts.lastChangeOn && facts.endedOn < facts.lastChangeOn)
    errors.endedOn = `La fin ne peut pas précéder le dernier changement d’état (${facts.lastChangeOn}).`;
  if (facts.reason === CejExitReason.OTHER && !facts.comment?.trim()) errors.comment = 'Précisez le motif de sortie.';
  return errors;
}

/** Household tax situation, which decides the allowance amount (above the first bracket: no allowance). */
export enum HouseholdTaxBracket {
  NON_TAXABLE = 'NON_TAXABLE',
  FIRST_BRACKET = 'FIRST_BRACKET',
  ABOVE_FIRST_BRACKET = 'ABOVE_FIRST_BRACKET',
}

export const HOUSEHOLD_TAX_BRACKET_LABELS: Record<HouseholdTaxBracket, string> = {
  [HouseholdTaxBracket.NON_TAXABLE]: 'Foyer non imposable',
  [HouseholdTaxBracket.FIRST_BRACKET]: 'Foyer imposé dans la première tranche',
  [HouseholdTaxBracket.ABOVE_FIRST_BRACKET]: 'Foyer imposé au-delà de la première tranche',
};
