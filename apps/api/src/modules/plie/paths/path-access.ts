import { OPEN_PATH_STATUSES, OrientationStatus, Permission, todayInParis } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { Actor, can } from '../../../core/auth/actor';
import { sqlList } from '../../../core/database/sql';
import { DomainError, ForbiddenError, NotFoundError } from '../../../core/graphql/errors';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { PliePath } from './plie-path.entity';

/** Which side reaches a path: the operator whose participant it is, or the provider its référent works for. */
export type PathSide = 'operator' | 'provider';

const OPEN_ORIENTATIONS = sqlList([OrientationStatus.PENDING_ENTRY, OrientationStatus.ENTERED]);

/**
 * A provider's portfolio (seed 001, lots 1 and 2): the admitted PLIE paths (active, or in the follow-up in employment)
 * of the participants its operator oriented to one of its lots, while the orientation is open (awaiting the entry
 * sheet, or entered), the lot's convention signed and the lot not ended. Everything else does not exist for it.
 * `provider` and `today` are SQL expressions (named parameters or positional ones).
 */
export function providerPathSql(alias: string, provider = ':scope', today = ':today'): string {
  return `(${alias}."status" IN (${sqlList(OPEN_PATH_STATUSES)}) AND EXISTS (
    SELECT 1 FROM orientations po JOIN lots pl ON pl.id = po."lotId"
    WHERE po."participantId" = ${alias}."participantId" AND po."structureId" = ${alias}."structureId"
      AND po."providerStructureId" = ${provider} AND po.status IN (${OPEN_ORIENTATIONS})
      AND pl."awardedStructureId" = ${provider} AND pl."conventionSignedOn" IS NOT NULL AND pl."endsOn" >= ${today}::date))`;
}

/** The side the caller reaches the path on, or null when it does not reach it. */
export async function pathSide(manager: EntityManager, actor: Actor, path: PliePath): Promise<PathSide | null> {
  if (actor.isPlatformAdmin || actor.structureId === path.structureId) return 'operator';
  if (!actor.structureId) return null;
  const [row] = await manager.query(
    `SELECT 1 FROM plie_paths pp WHERE pp.id = $1 AND ${providerPathSql('pp', '$2', '$3')}`,
    [path.id, actor.structureId, todayInParis()],
  );
  return row ? 'provider' : null;
}

/** A path the caller reaches (operator or provider), optionally locked; anything else is "not found". */
export async function findReachablePath(
  manager: EntityManager,
  actor: Actor,
  pathId: string,
  options: { lock?: boolean; what?: string } = {},
): Promise<{ path: PliePath; side: PathSide }> {
  const what = options.what ?? 'Parcours';
  if (!isUuid(pathId)) throw new NotFoundError(what);
  const path = await manager.findOne(PliePath, {
    where: { id: pathId },
    ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  const side = path ? await pathSide(manager, actor, path) : null;
  if (!path || !side) throw new NotFoundError(what);
  return { path, side };
}

/** The provider's référent acts only once the participant's free consent is recorded (seed 002 §6). */
export class ConsentRequiredError extends DomainError {
  constructor() {
    const message =
      'Le consentement de la personne (libre adhésion, droits et obligations) n’est pas enregistré : enregistrez-le avant tout suivi.';
    super('BAD_USER_INPUT', message, { reason: 'CONSENT_REQUIRED', fields: { pathId: message } });
  }
}

/**
 * Who writes the follow-up of a path (diagnosis, obstacles, steps, follow-up log, exit proposals): the operator's
 * référents (`participants:write`), and the provider delivering the lot (`activities:write`) once consent is recorded.
 */
export function checkFollowUpWriter(actor: Actor, path: PliePath, side: PathSide, consentNeeded = true): void {
  if (side === 'operator' && !can(actor, Permission.PARTICIPANTS_WRITE)) throw new ForbiddenError();
  if (side === 'provider') {
    if (!can(actor, Permission.ACTIVITIES_WRITE)) throw new ForbiddenError();
    if (consentNeeded && !path.consentGivenOn) throw new ConsentRequiredError();
  }
}
