import { PathStatus } from './path';

/** The decision of the approval committee ("comité d'agrément et de suivi") on one file. */
export enum CommitteeDecision {
  ADMITTED = 'ADMITTED',
  POSTPONED = 'POSTPONED',
  REFUSED = 'REFUSED',
}

export const COMMITTEE_DECISION_LABELS: Record<CommitteeDecision, string> = {
  [CommitteeDecision.ADMITTED]: 'Admis·e',
  [CommitteeDecision.POSTPONED]: 'Ajourné',
  [CommitteeDecision.REFUSED]: 'Refusé',
};

/** Where the decision leaves the path: admitted → active, postponed → still awaiting, refused → not admitted. */
export function pathStatusAfterDecision(decision: CommitteeDecision): PathStatus {
  switch (decision) {
    case CommitteeDecision.ADMITTED:
      return PathStatus.ACTIVE;
    case CommitteeDecision.POSTPONED:
      return PathStatus.AWAITING_COMMITTEE;
    case CommitteeDecision.REFUSED:
      return PathStatus.NOT_ADMITTED;
  }
}

/** A refusal or a postponement must say why. */
export const decisionNeedsReason = (decision: CommitteeDecision): boolean => decision !== CommitteeDecision.ADMITTED;

/**
 * A référent's proposal to put an admitted participant's path before the committee (seed 001: the provider's
 * référent « propose au comité »): the operator's coordination schedules it on a session or dismisses it.
 */
export enum CommitteeProposalStatus {
  PENDING = 'PENDING',
  SCHEDULED = 'SCHEDULED',
  DISMISSED = 'DISMISSED',
}

export const COMMITTEE_PROPOSAL_STATUS_LABELS: Record<CommitteeProposalStatus, string> = {
  [CommitteeProposalStatus.PENDING]: 'À examiner par la coordination',
  [CommitteeProposalStatus.SCHEDULED]: 'Inscrite à un comité',
  [CommitteeProposalStatus.DISMISSED]: 'Écartée',
};

/** Longest subject of a committee proposal. */
export const COMMITTEE_PROPOSAL_SUBJECT_MAX = 300;
