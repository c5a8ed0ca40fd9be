import { Permission } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { AuditLog } from '../../core/audit/audit-log.entity';
import { AuditService } from '../../core/audit/audit.service';
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

/**
 * Everything done to or read from a participant's file is traced under entityType "Participant" and the
 * participant's id, so that `participantAuditTrail` finds it through one index. Details never hold personal data,
 * only what changed (field names, statuses, ids).
 */
export const PARTICIPANT_ENTITY = 'Participant';

/** The participant a record belongs to (an orientation, a path, a contract…), as the audit trail files it. */
export const participantOf = (row: { participantId: string; structureId: string }) => ({
  id: row.participantId,
  structureId: row.structureId,
});

export function recordParticipantEvent(
  audit: AuditService,
  manager: EntityManager,
  actor: Actor,
  participant: { id: string; structureId: string },
  action: string,
  details?: Record<string, unknown>,
): Promise<void> {
  return audit.recordOn(manager, actor, action, PARTICIPANT_ENTITY, participant.id, participant.structureId, details);
}

/** One insert for many reads (a list showing sensitive data, for instance). */
export async function recordParticipantReads(
  manager: EntityManager,
  actor: Actor,
  participants: { id: string; structureId: string }[],
  action: string,
): Promise<void> {
  if (participants.length === 0) return;
  // No RETURNING: the entries are filed under the participant's structure, which may not be the caller's (RLS).
  await manager
    .createQueryBuilder()
    .insert()
    .into(AuditLog)
    .values(
      participants.map((p) => ({
        action,
        entityType: PARTICIPANT_ENTITY,
        entityId: p.id,
        structureId: p.structureId,
        actorUserId: actor.userId,
        actorApiKeyId: actor.apiKeyId,
        details: null,
      })),
    )
    .updateEntity(false)
    .execute();
}
