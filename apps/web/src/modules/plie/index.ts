// What other modules may use of the PLIE module (paths, steps, follow-ups, obstacles).
export { CommitteeProposalsCard } from './components/committee-proposals';
export { DiagnosisModal, ObstacleModal } from './components/diagnosis-modals';
export { ExitProposalsCard } from './components/exit-proposals';
export { FollowUpModal } from './components/follow-up-modal';
export { PathConsentCard } from './components/path-consent';
export { PathSummary } from './components/path-summary';
export { PathStatusBadge } from './components/path-status-badge';
export {
  ChangeStatusModal,
  ExitModal,
  FseExitModal,
  PresentToCommitteeModal,
  ProposePathModal,
  ReopenModal,
} from './components/path-status-modals';
export { FollowUpsTable, ObstaclesTable, StepsTable } from './components/path-tables';
export { PathTimeline } from './components/path-timeline';
export { StepModal } from './components/step-modal';
export { PROPOSE_PLIE_PATH_MUTATION } from './graphql/paths';
export { exitReasonLabel, pathActions, type PathAction, type TimelinePath } from './path-rules';
