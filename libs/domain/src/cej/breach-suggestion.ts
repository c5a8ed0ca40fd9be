import { CalendarDate } from '../dates';
import { CEJ_TERMINATING_BREACH_RANK, CejSanction, sanctionForBreach } from './allowance';

/**
 * An unexcused absence in the planning suggests a breach ("manquement"). It is never applied by itself: the
 * counsellor confirms it (it becomes a ranked breach with its effect on the allowance) or sets it aside with a reason.
 */
export interface BreachSuggestionEffect {
  /** The rank the breach would take if confirmed now. */
  rank: number;
  sanction: CejSanction;
  /** The 3rd breach calls for a decision to end the contract. */
  terminationDecision: boolean;
  label: string;
}

/** What confirming the suggestion would do, given the breaches already recorded in the contract. */
export function breachSuggestionEffect(recordedBreaches: number): BreachSuggestionEffect {
  const rank = recordedBreaches + 1;
  const sanction = sanctionForBreach(rank);
  const terminationDecision = rank >= CEJ_TERMINATING_BREACH_RANK;
  const label =
    rank === 1
      ? '1er manquement : retrait d’un quart de l’allocation du mois'
      : terminationDecision
        ? `${rank}e manquement : suppression de l’allocation du mois et fin du contrat à décider`
        : `${rank}e manquement : suppression de l’allocation du mois`;
  return { rank, sanction, terminationDecision, label };
}

/** Running or past, seen from a day: a promo runs from its first to its last day. */
export enum CejCohortPeriod {
  UPCOMING = 'UPCOMING',
  RUNNING = 'RUNNING',
  PAST = 'PAST',
}

export const CEJ_COHORT_PERIOD_LABELS: Record<CejCohortPeriod, string> = {
  [CejCohortPeriod.UPCOMING]: 'À venir',
  [CejCohortPeriod.RUNNING]: 'En cours',
  [CejCohortPeriod.PAST]: 'Terminée',
};

export function cohortPeriod(
  cohort: { startsOn: CalendarDate; endsOn: CalendarDate },
  today: CalendarDate,
): CejCohortPeriod {
  if (today < cohort.startsOn) return CejCohortPeriod.UPCOMING;
  return today > cohort.endsOn ? CejCohortPeriod.PAST : CejCohortPeriod.RUNNING;
}
