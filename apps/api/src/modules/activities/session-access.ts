import { EntityManager } from 'typeorm';
import { Actor } from '../../core/auth/actor';
import { ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { isUuid } from '../../core/validation/calendar-date.validator';
import { ActivitySession } from './sessions/session.entity';

/** Sessions are reached by the lot's operator (reading) and its provider (reading and writing); others get NOT_FOUND. */
export async function findReachableSession(
  manager: EntityManager,
  actor: Actor,
  id: string,
  lock = false,
): Promise<ActivitySession> {
  const session = isUuid(id)
    ? await manager.findOne(ActivitySession, {
        where: { id },
        ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      })
    : null;
  if (
    !session ||
    !(
      actor.isPlatformAdmin ||
      actor.structureId === session.structureId ||
      actor.structureId === session.providerStructureId
    )
  )
    throw new NotFoundError('Séance');
  return session;
}

export async function findDeliveredSession(
  manager: EntityManager,
  actor: Actor,
  id: string,
  lock = false,
): Promise<ActivitySession> {
  const session = await findReachableSession(manager, actor, id, lock);
  if (!actor.isPlatformAdmin && actor.structureId !== session.providerStructureId)
    throw new ForbiddenError('C’est au prestataire du lot de renseigner cette information.');
  return session;
}
