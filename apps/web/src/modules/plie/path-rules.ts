import {
  COMMITTEE_DECISION_LABELS,
  CommitteeDecision,
  CONTACT_MODE_LABELS,
  ContactMode,
  CONTRACT_STEP_KINDS,
  CONTRACT_TYPE_LABELS,
  ContractType,
  CURRENT_PATH_STATUSES,
  EXIT_REASON_LABELS,
  ExitReason,
  FIXED_TERM_CONTRACTS,
  FOLLOW_UP_KIND_LABELS,
  FollowUpKind,
  OBSTACLE_KIND_LABELS,
  OBSTACLE_SEVERITY_LABELS,
  ObstacleKind,
  ObstacleSeverity,
  OPEN_PATH_STATUSES,
  PATH_STATUS_LABELS,
  PATH_TRANSITIONS,
  PathStatus,
  STEP_KIND_LABELS,
  STEP_OUTCOME_LABELS,
  StepKind,
  StepOutcome,
  TransitionTrigger,
} from '@passerelle/domain';
import { formatShortDay } from '../../lib/format';

/** Badge colour of each status (Mantine colours). */
export const PATH_STATUS_COLORS: Record<PathStatus, string> = {
  [PathStatus.PROPOSED]: 'gray',
  [PathStatus.AWAITING_COMMITTEE]: 'yellow',
  [PathStatus.ACTIVE]: 'blue',
  [PathStatus.IN_JOB_FOLLOW_UP]: 'teal',
  [PathStatus.EXITED]: 'dark',
  [PathStatus.NOT_ADMITTED]: 'red',
};

export const DECISION_COLORS: Record<CommitteeDecision, string> = {
  [CommitteeDecision.ADMITTED]: 'teal',
  [CommitteeDecision.POSTPONED]: 'yellow',
  [CommitteeDecision.REFUSED]: 'red',
};

export const SEVERITY_COLORS: Record<ObstacleSeverity, string> = {
  [ObstacleSeverity.LOW]: 'gray',
  [ObstacleSeverity.MEDIUM]: 'orange',
  [ObstacleSeverity.HIGH]: 'red',
};

// ---------------------------------------------------------------------------------------------------------------
// Actions offered on a path: only those its status allows (the state machine of @passerelle/domain), and only to
// roles whose permissions the API will accept.

export type PathAction =
  /** Put the file on the agenda of a committee session (PROPOSED → AWAITING_COMMITTEE). */
  | 'present'
  /** Withdraw before the committee (PROPOSED → NOT_ADMITTED). */
  | 'withdraw'
  /** The committee decides (AWAITING_COMMITTEE → ACTIVE / NOT_ADMITTED / stays). */
  | 'decide'
  | 'addStep'
  | 'recordFollowUp'
  | 'recordDiagnosis'
  | 'addObstacle'
  /** The job was lost during the follow-up (IN_JOB_FOLLOW_UP → ACTIVE). */
  | 'jobLost'
  | 'exit'
  | 'recordFseExit'
  | 'reopen'
  /** The participant's free consent and acknowledgement of rights and duties (seed 002 §6). */
  | 'recordConsent'
  /** The provider's référent proposes the exit; the operator validates it. */
  | 'proposeExit'
  /** The operator validates or dismisses a proposed exit. */
  | 'decideExit';

export interface PathCapabilities {
  /** participants:write */
  write: boolean;
  /** plie:coordinate */
  coordinate: boolean;
  /** The provider's référent (activities:write in a provider): the follow-up only, never the operator's decisions. */
  provider?: boolean;
}

export interface PathFacts {
  status: PathStatus;
  fseExitMissing?: boolean;
  consent?: unknown;
  exitProposals?: readonly { status: string }[];
}

const hasPendingExit = (path: PathFacts) => (path.exitProposals ?? []).some((p) => p.status === 'PENDING');

export function pathActions(path: PathFacts, can: PathCapabilities): PathAction[] {
  const actions: PathAction[] = [];
  const next = PATH_TRANSITIONS[path.status];
  const via = (to: PathStatus, trigger: TransitionTrigger) => next[to] === trigger;
  if (can.provider && !can.write) {
    if (!OPEN_PATH_STATUSES.includes(path.status)) return actions;
    if (!path.consent) return ['recordConsent'];
    actions.push('addStep', 'recordFollowUp', 'recordDiagnosis', 'addObstacle');
    if (!hasPendingExit(path)) actions.push('proposeExit');
    return actions;
  }
  if (can.write && hasPendingExit(path) && OPEN_PATH_STATUSES.includes(path.status)) actions.push('decideExit');
  if (can.write) {
    if (path.status === PathStatus.PROPOSED && via(PathStatus.AWAITING_COMMITTEE, TransitionTrigger.COMMITTEE))
      actions.push('present');
  }
  if (
    can.coordinate &&
    path.status === PathStatus.AWAITING_COMMITTEE &&
    via(PathStatus.ACTIVE, TransitionTrigger.COMMITTEE)
  )
    actions.push('decide');
  if (can.write) {
    if (OPEN_PATH_STATUSES.includes(path.status)) actions.push('addStep');
    if (CURRENT_PATH_STATUSES.includes(path.status)) actions.push('recordFollowUp', 'recordDiagnosis', 'addObstacle');
    if (via(PathStatus.ACTIVE, TransitionTrigger.MANUAL)) actions.push('jobLost');
    if (via(PathStatus.EXITED, TransitionTrigger.EXIT)) actions.push('exit');
    if (via(PathStatus.NOT_ADMITTED, TransitionTrigger.MANUAL)) actions.push('withdraw');
    if (path.status === PathStatus.EXITED && path.fseExitMissing) actions.push('recordFseExit');
  }
  if (can.coordinate && via(PathStatus.ACTIVE, TransitionTrigger.REOPEN)) actions.push('reopen');
  return actions;
}

// ---------------------------------------------------------------------------------------------------------------
// Steps.

export function isContractStep(kind: StepKind | '' | null | undefined): boolean {
  return !!kind && CONTRACT_STEP_KINDS.includes(kind as StepKind);
}

export function isFixedTerm(contractType: ContractType | '' | null | undefined): boolean {
  return !!contractType && FIXED_TERM_CONTRACTS.includes(contractType as ContractType);
}

/** "CDI · 100 %", "CDD · 6 mois · 80 %". */
export function contractLabel(step: {
  contractType?: ContractType | null;
  contractMonths?: number | null;
  workingTimePercent?: number | null;
}): string | null {
  if (!step.contractType) return null;
  const parts = [CONTRACT_TYPE_LABELS[step.contractType]];
  if (step.contractMonths) parts.push(`${step.contractMonths} mois`);
  if (step.workingTimePercent) parts.push(`${step.workingTimePercent} %`);
  return parts.join(' · ');
}

/** "du 02/03/2026 au 31/08/2026", "à partir du 02/03/2026". */
export function periodLabel(start: string | null | undefined, end: string | null | undefined): string {
  if (start && end) return `du ${formatShortDay(start)} au ${formatShortDay(end)}`;
  if (start) return `à partir du ${formatShortDay(start)}`;
  if (end) return `jusqu’au ${formatShortDay(end)}`;
  return 'dates non renseignées';
}

// ---------------------------------------------------------------------------------------------------------------
// The timeline of a path: every dated event, most recent first.

export type TimelineCategory = 'status' | 'step' | 'followUp' | 'diagnosis' | 'document';

export const TIMELINE_CATEGORY_LABELS: Record<TimelineCategory, string> = {
  status: 'Statuts et comités',
  step: 'Étapes',
  followUp: 'Entretiens et relances',
  diagnosis: 'Diagnostic et freins',
  document: 'Documents',
};

/** Who recorded something, as the API gives it (null for an integration or unknown). */
type Author = { fullName: string } | null | undefined;

export interface TimelineEvent {
  key: string;
  category: TimelineCategory;
  /** AAAA-MM-JJ */
  day: string;
  /** For ties on the same day: when it was recorded. */
  recordedAt: string;
  title: string;
  details: string[];
  badges: { label: string; color: string }[];
  color: string;
  /** Who recorded it, by name. */
  author?: string | null;
}

/** A document of the participant's file, as the timeline shows it. */
export interface TimelineDocument {
  id: string;
  source: string;
  kindLabel: string;
  title: string;
  description?: string | null;
  date: string;
  author?: Author;
}

export interface TimelinePath {
  status: PathStatus;
  orientedOn: string;
  prescriber: string;
  createdAt: string;
  /** `reason` is null when it is special-category data the viewer may not see (a health exit). */
  exit?: { date: string; reason: ExitReason | null; positive: boolean; comment?: string | null } | null;
  transitions: readonly {
    id: string;
    fromStatus?: PathStatus | null;
    toStatus: PathStatus;
    effectiveOn: string;
    recordedAt: string;
    reason?: string | null;
    trigger: string;
    author?: Author;
  }[];
  committeeFiles?: readonly {
    id: string;
    presentedAt: string;
    decision?: CommitteeDecision | null;
    reason?: string | null;
    decidedAt?: string | null;
    committee?: { date: string; title: string } | null;
    presentedBy?: Author;
    decidedBy?: Author;
  }[];
  diagnoses?: readonly {
    id: string;
    date: string;
    summary: string;
    professionalProject?: string | null;
    createdAt: string;
    author?: Author;
  }[];
  obstacles?: readonly {
    id: string;
    kind: ObstacleKind;
    severity: ObstacleSeverity;
    identifiedOn: string;
    liftedOn?: string | null;
    note?: string | null;
    createdAt: string;
  }[];
  steps?: readonly {
    id: string;
    kind: StepKind;
    title: string;
    organisation?: string | null;
    plannedStart: string;
    plannedEnd?: string | null;
    actualStart?: string | null;
    actualEnd?: string | null;
    outcome: StepOutcome;
    contractType?: ContractType | null;
    contractMonths?: number | null;
    workingTimePercent?: number | null;
    lastingJob: boolean;
    qualifying: boolean;
    createdAt: string;
    createdBy?: Author;
  }[];
  followUps?: readonly {
    id: string;
    kind: FollowUpKind;
    date: string;
    durationMinutes?: number | null;
    mode?: ContactMode | null;
    summary?: string | null;
    topic?: string | null;
    answered?: boolean | null;
    attended?: boolean | null;
    createdAt: string;
    author?: Author;
  }[];
}

/** Instants from the API are ISO strings: the Paris day of one, for events that only have an instant. */
function parisDay(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant.slice(0, 10);
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

const TRIGGER_LABELS: Record<string, string> = {
  COMMITTEE: 'par le comité',
  STEP: 'par une étape',
  EXIT: 'par la sortie',
  REOPEN: 'par réouverture',
  MANUAL: 'à la main',
};

function followUpTitle(f: NonNullable<TimelinePath['followUps']>[number]): {
  title: string;
  details: string[];
  badges: TimelineEvent['badges'];
} {
  const details: string[] = [];
  const badges: TimelineEvent['badges'] = [];
  const facts = [f.mode ? CONTACT_MODE_LABELS[f.mode] : null, f.durationMinutes ? `${f.durationMinutes} min` : null]
    .filter(Boolean)
    .join(', ');
  let title: string = FOLLOW_UP_KIND_LABELS[f.kind];
  if (f.kind === FollowUpKind.COLLECTIVE_MEETING && f.topic) title += ` : ${f.topic}`;
  if (facts) title += ` (${facts.toLocaleLowerCase('fr-FR')})`;
  if (f.kind === FollowUpKind.REMINDER)
    badges.push(f.answered ? { label: 'A répondu', color: 'teal' } : { label: 'Sans réponse', color: 'orange' });
  if (f.kind === FollowUpKind.COLLECTIVE_MEETING && f.attended === false)
    badges.push({ label: 'Absent·e', color: 'orange' });
  if (f.summary) details.push(f.summary);
  return { title, details, badges };
}

export function buildTimeline(path: TimelinePath, documents: readonly TimelineDocument[] = []): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  events.push({
    key: 'oriented',
    category: 'status',
    day: path.orientedOn,
    recordedAt: path.createdAt,
    title: `Orientation vers le PLIE par ${path.prescriber}`,
    details: [],
    badges: [],
    color: 'gray',
  });
  for (const t of path.transitions) {
    // The orientation itself (creation of the path) is already shown above.
    if (!t.fromStatus) continue;
    // The exit and the committee's passages have their own, richer entries.
    if (t.trigger === TransitionTrigger.EXIT && path.exit?.date === t.effectiveOn) continue;
    if (t.trigger === TransitionTrigger.COMMITTEE && (path.committeeFiles?.length ?? 0) > 0) continue;
    events.push({
      key: `transition-${t.id}`,
      category: 'status',
      day: t.effectiveOn,
      recordedAt: t.recordedAt,
      title: `Statut : ${PATH_STATUS_LABELS[t.fromStatus]} → ${PATH_STATUS_LABELS[t.toStatus]}`,
      details: [
        TRIGGER_LABELS[t.trigger] ? `Changement ${TRIGGER_LABELS[t.trigger]}` : '',
        t.reason ? `Motif : ${t.reason}` : '',
      ].filter(Boolean),
      badges: [{ label: PATH_STATUS_LABELS[t.toStatus], color: PATH_STATUS_COLORS[t.toStatus] }],
      color: PATH_STATUS_COLORS[t.toStatus],
      author: t.author?.fullName,
    });
  }
  for (const file of path.committeeFiles ?? []) {
    const session = file.committee
      ? `${file.committee.title} du ${formatShortDay(file.committee.date)}`
      : 'comité d’agrément';
    // A file is registered before its session at the latest (files put on a past session count on its day).
    const presentedOn = parisDay(file.presentedAt);
    events.push({
      key: `committee-presented-${file.id}`,
      category: 'status',
      day: file.committee?.date && file.committee.date < presentedOn ? file.committee.date : presentedOn,
      recordedAt: file.presentedAt,
      title: `Dossier inscrit au ${session}`,
      details: [],
      badges: [],
      color: 'yellow',
      author: file.presentedBy?.fullName,
    });
    if (file.decision && file.decidedAt) {
      events.push({
        key: `committee-decided-${file.id}`,
        category: 'status',
        day:
          file.committee?.date && file.committee.date <= parisDay(file.decidedAt)
            ? file.committee.date
            : parisDay(file.decidedAt),
        // Always after the registration of the file, even for backfilled data.
        recordedAt: file.decidedAt > file.presentedAt ? file.decidedAt : `${file.presentedAt}~`,
        title: `Décision du comité : ${COMMITTEE_DECISION_LABELS[file.decision]}`,
        details: file.reason ? [`Motif : ${file.reason}`] : [],
        badges: [{ label: COMMITTEE_DECISION_LABELS[file.decision], color: DECISION_COLORS[file.decision] }],
        color: DECISION_COLORS[file.decision],
        author: file.decidedBy?.fullName,
      });
    }
  }
  for (const d of path.diagnoses ?? []) {
    events.push({
      key: `diagnosis-${d.id}`,
      category: 'diagnosis',
      day: d.date,
      recordedAt: d.createdAt,
      title: 'Diagnostic socio-professionnel',
      details: [d.summary, d.professionalProject ? `Projet professionnel : ${d.professionalProject}` : ''].filter(
        Boolean,
      ),
      badges: [],
      color: 'violet',
      author: d.author?.fullName,
    });
  }
  for (const o of path.obstacles ?? []) {
    events.push({
      key: `obstacle-${o.id}`,
      category: 'diagnosis',
      day: o.identifiedOn,
      recordedAt: o.createdAt,
      title: `Frein repéré : ${OBSTACLE_KIND_LABELS[o.kind]}`,
      details: o.note ? [o.note] : [],
      badges: [
        {
          label: `Gravité : ${OBSTACLE_SEVERITY_LABELS[o.severity].toLocaleLowerCase('fr-FR')}`,
          color: SEVERITY_COLORS[o.severity],
        },
      ],
      color: 'violet',
    });
    if (o.liftedOn) {
      events.push({
        key: `obstacle-lifted-${o.id}`,
        category: 'diagnosis',
        day: o.liftedOn,
        recordedAt: o.createdAt,
        title: `Frein levé : ${OBSTACLE_KIND_LABELS[o.kind]}`,
        details: [],
        badges: [],
        color: 'teal',
      });
    }
  }
  for (const s of path.steps ?? []) {
    const badges: TimelineEvent['badges'] = [
      { label: STEP_OUTCOME_LABELS[s.outcome], color: s.outcome === StepOutcome.ABANDONED ? 'red' : 'gray' },
    ];
    if (s.lastingJob) badges.push({ label: 'Emploi durable', color: 'teal' });
    if (s.qualifying) badges.push({ label: 'Qualifiante', color: 'teal' });
    const contract = contractLabel(s);
    events.push({
      key: `step-${s.id}`,
      category: 'step',
      day: s.actualStart ?? s.plannedStart,
      recordedAt: s.createdAt,
      title: `${STEP_KIND_LABELS[s.kind]} : ${s.title}`,
      details: [
        [s.organisation, contract].filter(Boolean).join(' · '),
        s.actualStart || s.actualEnd
          ? `Réalisée ${periodLabel(s.actualStart, s.actualEnd)}`
          : `Prévue ${periodLabel(s.plannedStart, s.plannedEnd)}`,
      ].filter(Boolean),
      badges,
      color: s.lastingJob || s.qualifying ? 'teal' : 'blue',
      author: s.createdBy?.fullName,
    });
  }
  for (const f of path.followUps ?? []) {
    const { title, details, badges } = followUpTitle(f);
    events.push({
      key: `follow-up-${f.id}`,
      category: 'followUp',
      day: f.date,
      recordedAt: f.createdAt,
      title,
      details,
      badges,
      color: 'cyan',
      author: f.author?.fullName,
    });
  }
  for (const d of documents) {
    events.push({
      key: `document-${d.source}-${d.id}`,
      category: 'document',
      day: d.date,
      // Documents carry a day only: after the other events of their day.
      recordedAt: '',
      title: `${d.kindLabel} : ${d.title}`,
      details: d.description ? [d.description] : [],
      badges: [],
      color: 'grape',
      author: d.author?.fullName,
    });
  }
  if (path.exit) {
    const exitTransition = [...path.transitions].reverse().find((t) => t.toStatus === PathStatus.EXITED);
    events.push({
      key: 'exit',
      category: 'status',
      day: path.exit.date,
      // Recorded with its transition; without one, last of its day.
      recordedAt: exitTransition?.recordedAt ?? `${path.exit.date}T23:59:59.999Z`,
      title: `Sortie : ${exitReasonLabel(path.exit.reason)}`,
      details: path.exit.comment ? [path.exit.comment] : [],
      badges: [
        path.exit.positive
          ? { label: 'Sortie positive', color: 'teal' }
          : { label: 'Sortie non positive', color: 'gray' },
      ],
      color: path.exit.positive ? 'teal' : 'dark',
      author: exitTransition?.author?.fullName,
    });
  }
  return events.sort((a, b) =>
    a.day === b.day ? b.recordedAt.localeCompare(a.recordedAt) : b.day.localeCompare(a.day),
  );
}

/** The exit reason's label, or a neutral word when it is sensitive data the viewer may not see. */
export function exitReasonLabel(reason: ExitReason | null): string {
  return reason ? EXIT_REASON_LABELS[reason] : 'motif confidentiel';
}
