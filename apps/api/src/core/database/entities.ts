import { PaymentIndicator } from '../../modules/indicators/payment-indicator.entity';
import { AuditLog } from '../audit/audit-log.entity';
import { OutboxJob } from '../queue/outbox/outbox-job.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { ApiKey } from '../tenancy/api-keys/api-key.entity';
import { Branch, BranchArea } from '../tenancy/branches/branch.entity';
import { Structure } from '../tenancy/structures/structure.entity';
import { Membership, User } from '../tenancy/users/user.entity';
import { CejBreach, CejIncomeDeclaration } from '../../modules/cej/allowance/cej-allowance.entity';
import {
  CejBookletEntry,
  CejFinalEvaluation,
  CejMarketKnowledge,
  CejTransversalSkill,
} from '../../modules/cej/booklet/cej-booklet.entity';
import {
  CejDigitalCertification,
  CejDigitalEnrolment,
  CejDigitalPlanItem,
  CejDigitalWorkshop,
  CejPixDiagnostic,
  CejPixScore,
} from '../../modules/cej/digital/cej-digital.entity';
import { CejParameter } from '../../modules/cej/allowance/cej-parameter.entity';
import { CejCohort, CejCohortSession } from '../../modules/cej/cohorts/cej-cohort.entity';
import {
  CejContract,
  CejContractEvent,
  CejRenewal,
  CejSuspension,
} from '../../modules/cej/contracts/cej-contract.entity';
import { CejAction } from '../../modules/cej/planning/cej-action.entity';
import { CejPositioning, CejPositioningScore } from '../../modules/cej/positioning/cej-positioning.entity';
import { Participant, ParticipantSensitive } from '../../modules/participants/participant.entity';
import { ApprovalCommittee, CommitteeFile } from '../../modules/plie/committees/committee.entity';
import { Diagnosis, Obstacle } from '../../modules/plie/diagnosis/diagnosis.entity';
import { FollowUp } from '../../modules/plie/follow-ups/follow-up.entity';
import { PathTransition, PliePath } from '../../modules/plie/paths/plie-path.entity';
import { PathStep } from '../../modules/plie/steps/path-step.entity';
import { Bid, BidMark } from '../../modules/markets/bids/bid.entity';
import { Convention, ConventionAmendment } from '../../modules/markets/conventions/convention.entity';
import { Lot } from '../../modules/markets/lots/lot.entity';
import { Market, ScoringCriterion } from '../../modules/markets/markets/market.entity';
import { LiaisonSheet } from '../../modules/orientations/liaison-sheets/liaison-sheet.entity';
import { Orientation } from '../../modules/orientations/orientations/orientation.entity';
import { ActionReminder, ExitProposal, Interview } from '../../modules/activities/follow-up/follow-up.entity';
import { ActivitySession, Enrolment } from '../../modules/activities/sessions/session.entity';
import { TimeEntry, TimeEntryParticipant } from '../../modules/activities/time-entries/time-entry.entity';
import { ProofDocument } from '../../modules/proofs/proof-document.entity';
import { SignatureToken } from '../../modules/activities/attendance-sheets/signature-token.entity';
import { Assessment } from '../../modules/activities/assessments/assessment.entity';
import { Immersion } from '../../modules/activities/immersions/immersion.entity';
import { Notification } from '../../modules/notifications/notification.entity';
import { Report } from '../../modules/reports/report.entity';
import { ReportingParameterRow } from '../../modules/reports/parameters/reporting-parameters.entity';
import { RetentionReview } from '../../modules/retention/retention-review.entity';

/** Every TypeORM entity; the data source and the drift check both use this list. */
export const ENTITIES = [
  Structure,
  Branch,
  BranchArea,
  User,
  Membership,
  ApiKey,
  RefreshToken,
  AuditLog,
  Participant,
  ParticipantSensitive,
  PliePath,
  PathTransition,
  ApprovalCommittee,
  CommitteeFile,
  Diagnosis,
  Obstacle,
  PathStep,
  FollowUp,
  Market,
  ScoringCriterion,
  Lot,
  Bid,
  BidMark,
  Convention,
  ConventionAmendment,
  Orientation,
  LiaisonSheet,
  ActivitySession,
  Enrolment,
  ActionReminder,
  ExitProposal,
  Interview,
  TimeEntry,
  TimeEntryParticipant,
  ProofDocument,
  SignatureToken,
  CejContract,
  CejContractEvent,
  CejSuspension,
  CejRenewal,
  CejCohort,
  CejCohortSession,
  CejParameter,
  CejAction,
  CejIncomeDeclaration,
  CejBreach,
  Immersion,
  Assessment,
  CejPositioning,
  CejPositioningScore,
  CejBookletEntry,
  CejTransversalSkill,
  CejMarketKnowledge,
  CejFinalEvaluation,
  CejPixDiagnostic,
  CejPixScore,
  CejDigitalPlanItem,
  CejDigitalWorkshop,
  CejDigitalEnrolment,
  CejDigitalCertification,
  Report,
  Notification,
  RetentionReview,
  PaymentIndicator,
  ReportingParameterRow,
  OutboxJob,
];
