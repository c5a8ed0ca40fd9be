import { Permission } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { Actor, can } from '../../core/auth/actor';
import { NotFoundError } from '../../core/graphql/errors';
import { requireStructureId } from '../../core/tenancy/scope';
import { isUuid } from '../../core/validation/calendar-date.validator';
import { Participant } from './participant.entity';

/**
 * Participants are read and changed in the structure the caller acts in (a platform admin reaches every structure).
 * A participant of another structure is answered NOT_FOUND, as if it did not exist.
 */
export function participantStructureId(actor: Actor): string | null {
  return actor.isPlatformAdmin ? null : requireStructureId(actor);
}

export function canReachStructureOf(actor: Actor, structureId: string): boolean {
  return actor.isPlatformAdmin || actor.structureId === structureId;
}

export async function findReachableParticipant(
  manager: EntityManager,
  actor: Actor,
  id: string,
  lock = false,
): Promise<Participant> {
  const scope = participantStructureId(actor);
  if (!isUuid(id)) throw new NotFoundError('Participant');
  const participant = await manager.findOne(Participant, {
    where: { id, ...(scope ? { structureId: scope } : {}) },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!participant) throw new NotFoundError('Participant');
  return participant;
}

/** Health, disability and social data: only for the roles that follow the person (référent, coordination). */
export const canSeeSensitive = (actor: Actor): boolean => can(actor, Permission.PARTICIPANTS_SENSITIVE);
