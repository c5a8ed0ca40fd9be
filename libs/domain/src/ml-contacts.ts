import { CejExitReason, POSITIVE_CEJ_EXIT_REASONS } from './cej';

/** A Mission Locale contact with a young person (seeds 000 and 003: first welcomes, individual interviews…). */
export enum MlContactKind {
  FIRST_WELCOME = 'FIRST_WELCOME',
  INDIVIDUAL_INTERVIEW = 'INDIVIDUAL_INTERVIEW',
  WORKSHOP = 'WORKSHOP',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  VISIT = 'VISIT',
}

export const ML_CONTACT_KIND_LABELS: Record<MlContactKind, string> = {
  [MlContactKind.FIRST_WELCOME]: 'Premier accueil',
  [MlContactKind.INDIVIDUAL_INTERVIEW]: 'Entretien individuel',
  [MlContactKind.WORKSHOP]: 'Atelier',
  [MlContactKind.PHONE]: 'Téléphone',
  [MlContactKind.EMAIL]: 'Courriel',
  [MlContactKind.VISIT]: 'Visite',
};

/** The measures of the Mission Locale activity dashboard. */
export enum MlActivityMeasure {
  FIRST_WELCOMES = 'FIRST_WELCOMES',
  YOUNG_PEOPLE_FOLLOWED = 'YOUNG_PEOPLE_FOLLOWED',
  INTERVIEWS = 'INTERVIEWS',
  CEJ_ENTRIES = 'CEJ_ENTRIES',
  CEJ_EXITS = 'CEJ_EXITS',
}

export const ML_ACTIVITY_MEASURE_LABELS: Record<MlActivityMeasure, string> = {
  [MlActivityMeasure.FIRST_WELCOMES]: 'Premiers accueils',
  [MlActivityMeasure.YOUNG_PEOPLE_FOLLOWED]: 'Jeunes suivis (au moins un contact)',
  [MlActivityMeasure.INTERVIEWS]: 'Entretiens individuels',
  [MlActivityMeasure.CEJ_ENTRIES]: 'Entrées en CEJ',
  [MlActivityMeasure.CEJ_EXITS]: 'Sorties de CEJ',
};

/** Longest note of a contact: a short, non-sensitive note (health or social details belong in the sensitive fields). */
export const ML_CONTACT_NOTE_MAX = 500;

/**
 * Drop-off for a Mission Locale, mirroring the PLIE rules (`reports/drop-off.ts`): a CEJ dropped or ended by a
 * sanction is a rupture; a move hands the young person to another Mission Locale (a solution, like a reorientation);
 * any other exit that is not positive is an exit without solution.
 */
export const CEJ_RUPTURE_EXIT_REASONS: readonly CejExitReason[] = [CejExitReason.DROP_OUT, CejExitReason.SANCTION];
export const CEJ_SOLUTION_EXIT_REASONS: readonly CejExitReason[] = [...POSITIVE_CEJ_EXIT_REASONS, CejExitReason.MOVED];
