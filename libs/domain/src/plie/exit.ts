import { isLastingJob, isQualifyingTraining, StepFacts } from './steps';

/** Why a participant leaves the PLIE (controlled list). */
export enum ExitReason {
  LASTING_JOB = 'LASTING_JOB',
  QUALIFYING_TRAINING = 'QUALIFYING_TRAINING',
  END_OF_PATH = 'END_OF_PATH',
  DROP_OUT = 'DROP_OUT',
  LOST_CONTACT = 'LOST_CONTACT',
  MOVED = 'MOVED',
  REORIENTED = 'REORIENTED',
  HEALTH = 'HEALTH',
  RETIREMENT = 'RETIREMENT',
  OTHER = 'OTHER',
}

export const EXIT_REASON_LABELS: Record<ExitReason, string> = {
  [ExitReason.LASTING_JOB]: 'Emploi durable',
  [ExitReason.QUALIFYING_TRAINING]: 'Formation qualifiante',
  [ExitReason.END_OF_PATH]: 'Fin de parcours',
  [ExitReason.DROP_OUT]: 'Abandon',
  [ExitReason.LOST_CONTACT]: 'Perdu·e de vue (sans contact)',
  [ExitReason.MOVED]: 'Déménagement hors du territoire',
  [ExitReason.REORIENTED]: 'Réorientation vers un autre accompagnement',
  [ExitReason.HEALTH]: 'Raisons de santé',
  [ExitReason.RETIREMENT]: 'Départ à la retraite',
  [ExitReason.OTHER]: 'Autre motif',
};

/**
 * A positive exit ("sortie positive"): the reason claims a lasting job or a qualifying training (or the end of the
 * path) and the last step of the path proves it: a lasting job (CDI at least half time, CDD or temporary work of
 * 6 months or more) or a qualifying training that was not abandoned. Every other exit is not positive.
 */
export function isPositiveExit(reason: ExitReason, last: StepFacts | null): boolean {
  if (!last) return false;
  switch (reason) {
    case ExitReason.LASTING_JOB:
      return isLastingJob(last);
    case ExitReason.QUALIFYING_TRAINING:
      return isQualifyingTraining(last);
    case ExitReason.END_OF_PATH:
      return isLastingJob(last) || isQualifyingTraining(last);
    default:
      return false;
  }
}
