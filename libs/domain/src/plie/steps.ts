import { addMonths, CalendarDate } from '../dates';

/** Kinds of step ("étape") of a PLIE parcours. */
export enum StepKind {
  PLIE_ACTION = 'PLIE_ACTION',
  COMMON_LAW_ACTION = 'COMMON_LAW_ACTION',
  OBSTACLE_SUPPORT = 'OBSTACLE_SUPPORT',
  TRAINING = 'TRAINING',
  IMMERSION = 'IMMERSION',
  JOB = 'JOB',
  IAE = 'IAE',
  OTHER = 'OTHER',
}

export const STEP_KIND_LABELS: Record<StepKind, string> = {
  [StepKind.PLIE_ACTION]: 'Action PLIE',
  [StepKind.COMMON_LAW_ACTION]: 'Action de droit commun',
  [StepKind.OBSTACLE_SUPPORT]: 'Action de levée des freins',
  [StepKind.TRAINING]: 'Formation',
  [StepKind.IMMERSION]: 'Immersion en entreprise (PMSMP)',
  [StepKind.JOB]: 'Emploi',
  [StepKind.IAE]: 'Insertion par l’activité économique (SIAE)',
  [StepKind.OTHER]: 'Autre étape',
};

export enum StepOutcome {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  ABANDONED = 'ABANDONED',
  NOT_STARTED = 'NOT_STARTED',
}

export const STEP_OUTCOME_LABELS: Record<StepOutcome, string> = {
  [StepOutcome.PLANNED]: 'Prévue',
  [StepOutcome.IN_PROGRESS]: 'En cours',
  [StepOutcome.COMPLETED]: 'Réalisée',
  [StepOutcome.ABANDONED]: 'Abandonnée',
  [StepOutcome.NOT_STARTED]: 'Non réalisée',
};

export enum ContractType {
  CDI = 'CDI',
  CDD = 'CDD',
  INTERIM = 'INTERIM',
  CDDI = 'CDDI',
  ALTERNANCE = 'ALTERNANCE',
  SUBSIDISED = 'SUBSIDISED',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  OTHER = 'OTHER',
}

export const CONTRACT_TYPE_LABELS: Record<ContractType, string> = {
  [ContractType.CDI]: 'CDI',
  [ContractType.CDD]: 'CDD',
  [ContractType.INTERIM]: 'Intérim',
  [ContractType.CDDI]: 'CDDI (contrat d’insertion)',
  [ContractType.ALTERNANCE]: 'Alternance (apprentissage, professionnalisation)',
  [ContractType.SUBSIDISED]: 'Contrat aidé (PEC)',
  [ContractType.SELF_EMPLOYED]: 'Création d’entreprise',
  [ContractType.OTHER]: 'Autre contrat',
};

/** Step kinds that carry an employment contract. */
export const CONTRACT_STEP_KINDS: readonly StepKind[] = [StepKind.JOB, StepKind.IAE];

/** Contracts whose length in months must be given. */
export const FIXED_TERM_CONTRACTS: readonly ContractType[] = [
  ContractType.CDD,
  ContractType.INTERIM,
  ContractType.CDDI,
  ContractType.ALTERNANCE,
  ContractType.SUBSIDISED,
];

/** Minimum length of a fixed-term contract, and minimum share of full time for a CDI, for a job to be lasting. */
export const LASTING_JOB_MIN_MONTHS = 6;
export const LASTING_JOB_MIN_WORKING_TIME_PERCENT = 50;
/** The follow-up after hiring lasts this many months (seed 001: "jusqu'à 6 mois suivant l'embauche"). */
export const JOB_FOLLOW_UP_MONTHS = 6;

export interface StepFacts {
  kind: StepKind;
  qualifying?: boolean | null;
  contractType?: ContractType | null;
  contractMonths?: number | null;
  workingTimePercent?: number | null;
  plannedStart?: CalendarDate | null;
  actualStart?: CalendarDate | null;
  plannedEnd?: CalendarDate | null;
  actualEnd?: CalendarDate | null;
  outcome?: StepOutcome | null;
}

/**
 * A lasting job ("emploi durable"): a CDI of at least half time, or a CDD or temporary work of 6 months or more.
 * Recognised by rule, never ticked by hand.
 */
export function isLastingJob(step: StepFacts): boolean {
  if (
    !CONTRACT_STEP_KINDS.includes(step.kind) ||
    step.outcome === StepOutcome.ABANDONED ||
    step.outcome === StepOutcome.NOT_STARTED
  )
    return false;
  switch (step.contractType) {
    case ContractType.CDI:
      return (step.workingTimePercent ?? 0) >= LASTING_JOB_MIN_WORKING_TIME_PERCENT;
    case ContractType.CDD:
    case ContractType.INTERIM:
      return (step.contractMonths ?? 0) >= LASTING_JOB_MIN_MONTHS;
    default:
      return false;
  }
}

export function isQualifyingTraining(step: StepFacts): boolean {
  return (
    step.kind === StepKind.TRAINING &&
    step.qualifying === true &&
    step.outcome !== StepOutcome.ABANDONED &&
    step.outcome !== StepOutcome.NOT_STARTED
  );
}

export const stepStart = (step: StepFacts): CalendarDate | null => step.actualStart ?? step.plannedStart ?? null;
export const stepEnd = (step: StepFacts): CalendarDate | null => step.actualEnd ?? step.plannedEnd ?? null;

/**
 * When recording this step starts the follow-up in employment, the day that follow-up ends: hiring + 6 months for a
 * lasting job, the end of the training for a qualifying training. Null when the step does not start a follow-up.
 */
export function jobFollowUpEnd(step: StepFacts): CalendarDate | null {
  if (isLastingJob(step)) {
    const start = stepStart(step);
    return start ? addMonths(start, JOB_FOLLOW_UP_MONTHS) : null;
  }
  if (isQualifyingTraining(step)) return stepEnd(step);
  return null;
}

/** French messages for the fields a step of this kind lacks or gets wrong, by field name. */
export function stepFieldErrors(step: StepFacts): Record<string, string> {
  const errors: Record<string, string> = {};
  if (CONTRACT_STEP_KINDS.includes(step.kind)) {
    if (!step.contractType) errors.contractType = 'Le type de contrat est obligatoire pour un emploi.';
    if (step.workingTimePercent == null)
      errors.workingTimePercent = 'Le temps de travail est obligatoire pour un emploi (en % d’un temps plein).';
    if (step.contractType && FIXED_TERM_CONTRACTS.includes(step.contractType) && step.contractMonths == null) {
      errors.contractMonths = 'La durée du contrat (en mois) est obligatoire pour un contrat à durée déterminée.';
    }
  } else if (step.contractType) {
    errors.contractType = 'Seuls un emploi ou un contrat en SIAE ont un type de contrat.';
  }
  if (step.qualifying && step.kind !== StepKind.TRAINING)
    errors.qualifying = 'Seule une formation peut être qualifiante.';
  if (step.kind === StepKind.TRAINING && step.qualifying && !stepEnd(step)) {
    errors.plannedEnd = 'La date de fin est obligatoire pour une formation qualifiante.';
  }
  if (step.plannedStart && step.plannedEnd && step.plannedEnd < step.plannedStart)
    errors.plannedEnd = 'La fin prévue précède le début prévu.';
  if (step.actualStart && step.actualEnd && step.actualEnd < step.actualStart)
    errors.actualEnd = 'La fin réelle précède le début réel.';
  return errors;
}

/** The most recent step: by start day, then by the order in which steps were recorded. */
export function lastStep<S extends StepFacts & { recordedAt?: Date | null }>(steps: readonly S[]): S | null {
  const recorded = (step: S) => (step.recordedAt ? new Date(step.recordedAt).getTime() : 0);
  let last: S | null = null;
  for (const step of steps) {
    if (!last) {
      last = step;
      continue;
    }
    const a = stepStart(step) ?? '';
    const b = stepStart(last) ?? '';
    if (a > b || (a === b && recorded(step) >= recorded(last))) last = step;
  }
  return last;
}
