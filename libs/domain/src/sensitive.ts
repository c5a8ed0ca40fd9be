import { CEJ_SUSPENSION_REASON_LABELS, CejSuspensionReason } from './cej/contract';
import { EntrySituation } from './participants';
import { ExitReason } from './plie/exit';
import { ObstacleKind } from './plie/obstacles';

/**
 * Values that reveal health, disability or origin (special-category data, GDPR art. 9). Like the `sensitive` notes,
 * they are shown only to callers holding `participants:sensitive`; anyone else gets `null` or does not see the item.
 * The full list of sensitive fields is in docs/api.md ("Données sensibles").
 */
export const SENSITIVE_ENTRY_SITUATIONS: readonly EntrySituation[] = [EntrySituation.RQTH];
export const SENSITIVE_OBSTACLE_KINDS: readonly ObstacleKind[] = [ObstacleKind.HEALTH];
export const SENSITIVE_EXIT_REASONS: readonly ExitReason[] = [ExitReason.HEALTH];
export const SENSITIVE_CEJ_SUSPENSION_REASONS: readonly CejSuspensionReason[] = [CejSuspensionReason.HEALTH];

/** The entry situations a caller may see: all with `participants:sensitive`, the others without the sensitive ones. */
export function visibleEntrySituations(
  situations: readonly EntrySituation[],
  canSeeSensitive: boolean,
): EntrySituation[] {
  return canSeeSensitive ? [...situations] : situations.filter((s) => !SENSITIVE_ENTRY_SITUATIONS.includes(s));
}

/** A value kept only for callers who may see sensitive data. */
export function unlessSensitive<T>(value: T, sensitive: boolean, canSeeSensitive: boolean): T | null {
  return sensitive && !canSeeSensitive ? null : value;
}

const SENSITIVE_VALUES: readonly string[] = [
  ...SENSITIVE_ENTRY_SITUATIONS,
  ...SENSITIVE_OBSTACLE_KINDS,
  ...SENSITIVE_EXIT_REASONS,
  ...SENSITIVE_CEJ_SUSPENSION_REASONS,
];

/**
 * Whether recorded details (an audit line, a path transition) name a sensitive value anywhere: an obstacle kind, an
 * exit or suspension reason, an entry situation. Over-matching an unrelated `HEALTH` is the safe side.
 */
export function detailsAreSensitive(details: unknown): boolean {
  if (typeof details === 'string') return SENSITIVE_VALUES.includes(details);
  if (Array.isArray(details)) return details.some(detailsAreSensitive);
  if (details && typeof details === 'object') return Object.values(details).some(detailsAreSensitive);
  return false;
}

/** A CEJ event's reason is written "<label of the suspension reason> — <note>": sensitive for a health suspension. */
export function cejEventReasonIsSensitive(reason: string | null): boolean {
  return !!reason && SENSITIVE_CEJ_SUSPENSION_REASONS.some((r) => reason.startsWith(CEJ_SUSPENSION_REASON_LABELS[r]));
}
