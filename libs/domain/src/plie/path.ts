/**
 * The PLIE parcours state machine.
 *
 *   PROPOSED ──▶ AWAITING_COMMITTEE ──▶ ACTIVE ──▶ IN_JOB_FOLLOW_UP ──▶ EXITED
 *      │                 │               │  ▲            │                │
 *      ▼                 ▼               │  └────────────┘                │
 *   NOT_ADMITTED ◀───────┘               └──────────────▶ EXITED ──reopen─┘ (back to ACTIVE)
 */
export enum PathStatus {
  PROPOSED = 'PROPOSED',
  AWAITING_COMMITTEE = 'AWAITING_COMMITTEE',
  ACTIVE = 'ACTIVE',
  IN_JOB_FOLLOW_UP = 'IN_JOB_FOLLOW_UP',
  EXITED = 'EXITED',
  NOT_ADMITTED = 'NOT_ADMITTED',
}

export const PATH_STATUS_LABELS: Record<PathStatus, string> = {
  [PathStatus.PROPOSED]: 'Proposé',
  [PathStatus.AWAITING_COMMITTEE]: 'En attente du comité',
  [PathStatus.ACTIVE]: 'Actif',
  [PathStatus.IN_JOB_FOLLOW_UP]: 'Suivi dans l’emploi',
  [PathStatus.EXITED]: 'Sorti',
  [PathStatus.NOT_ADMITTED]: 'Non admis',
};

/** How a transition happens: each has its own operation, so that what it needs (a decision, a reason…) is given. */
export enum TransitionTrigger {
  /** Presented to an approval committee, or its decision. */
  COMMITTEE = 'COMMITTEE',
  /** A lasting job or a qualifying training was recorded: by rule, never by hand. */
  STEP = 'STEP',
  /** An exit with its date and reason. */
  EXIT = 'EXIT',
  /** An exited path reopened by the coordinator, with a reason. */
  REOPEN = 'REOPEN',
  /** A plain change of status by the référent (a withdrawal before the committee, a job lost during follow-up). */
  MANUAL = 'MANUAL',
}

const T = TransitionTrigger;

/** Allowed transitions, and the trigger of each one. */
export const PATH_TRANSITIONS: Record<PathStatus, Partial<Record<PathStatus, TransitionTrigger>>> = {
  [PathStatus.PROPOSED]: { [PathStatus.AWAITING_COMMITTEE]: T.COMMITTEE, [PathStatus.NOT_ADMITTED]: T.MANUAL },
  [PathStatus.AWAITING_COMMITTEE]: { [PathStatus.ACTIVE]: T.COMMITTEE, [PathStatus.NOT_ADMITTED]: T.COMMITTEE },
  [PathStatus.ACTIVE]: { [PathStatus.IN_JOB_FOLLOW_UP]: T.STEP, [PathStatus.EXITED]: T.EXIT },
  [PathStatus.IN_JOB_FOLLOW_UP]: { [PathStatus.ACTIVE]: T.MANUAL, [PathStatus.EXITED]: T.EXIT },
  [PathStatus.EXITED]: { [PathStatus.ACTIVE]: T.REOPEN },
  [PathStatus.NOT_ADMITTED]: {},
};

const TRIGGER_HINTS: Record<TransitionTrigger, string> = {
  [T.COMMITTEE]: 'il se fait par le comité d’agrément et de suivi',
  [T.STEP]: 'il se fait en enregistrant un emploi durable ou une formation qualifiante',
  [T.EXIT]: 'il se fait en enregistrant la sortie (date et motif)',
  [T.REOPEN]: 'il se fait par la réouverture du parcours, réservée à la coordination',
  [T.MANUAL]: '',
};

/** Statuses in which the référent works on the path (steps, interviews, obstacles). */
export const OPEN_PATH_STATUSES: readonly PathStatus[] = [PathStatus.ACTIVE, PathStatus.IN_JOB_FOLLOW_UP];

/** Statuses of a path that is not over: at most one such path per participant. */
export const CURRENT_PATH_STATUSES: readonly PathStatus[] = [
  PathStatus.PROPOSED,
  PathStatus.AWAITING_COMMITTEE,
  PathStatus.ACTIVE,
  PathStatus.IN_JOB_FOLLOW_UP,
];

export function transitionTrigger(from: PathStatus, to: PathStatus): TransitionTrigger | null {
  return PATH_TRANSITIONS[from][to] ?? null;
}

export function canTransition(from: PathStatus, to: PathStatus): boolean {
  return transitionTrigger(from, to) !== null;
}

/**
 * Why a transition is refused (a French sentence naming both states), or null when it is allowed by this trigger.
 * Without a trigger, any allowed transition passes.
 */
export function transitionError(from: PathStatus, to: PathStatus, by?: TransitionTrigger): string | null {
  const trigger = transitionTrigger(from, to);
  const names = `de « ${PATH_STATUS_LABELS[from]} » à « ${PATH_STATUS_LABELS[to]} »`;
  if (from === to) return `Le parcours est déjà « ${PATH_STATUS_LABELS[from]} ».`;
  if (trigger === null) return `Passage impossible ${names}.`;
  if (by !== undefined && trigger !== by) return `Passage ${names} : ${TRIGGER_HINTS[trigger]}.`;
  return null;
}
