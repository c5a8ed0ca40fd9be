import { EntityManager } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { recordParticipantEvent } from '../../participants/participant-access';
import { Participant } from '../../participants/participant.entity';
import { FseEntryInput } from '../../participants/participant.dto';
import { FSE_INPUT_COLUMNS } from '../../participants/participants.service';

/**
 * Carries the FSE+ entry questionnaire of an entry liaison sheet over to the participant's file. Only the questions
 * still unanswered on the file are filled: what the referent already recorded (from the person, face to face) wins,
 * and the sheet keeps the provider's answers as sent. The filled fields (names only, never values) are traced on the
 * participant's audit trail; the participant's version moves so that an edit open elsewhere gets a CONFLICT.
 */
export async function fillFseEntryFromSheet(
  manager: EntityManager,
  audit: AuditService,
  actor: Actor,
  participantId: string,
  answers: FseEntryInput,
  sheetId: string,
): Promise<string[]> {
  const participant = await manager.findOne(Participant, {
    where: { id: participantId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!participant) return [];
  const changes: Record<string, unknown> = {};
  for (const [question, column] of Object.entries(FSE_INPUT_COLUMNS) as [keyof FseEntryInput, keyof Participant][]) {
    const answer = answers[question];
    if (answer !== undefined && answer !== null && participant[column] === null) changes[column] = answer;
  }
  const filled = Object.keys(changes);
  if (filled.length === 0) return [];
  await manager
    .createQueryBuilder()
    .update(Participant)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id', { id: participant.id })
    .execute();
  await recordParticipantEvent(
    audit,
    manager,
    actor,
    { id: participant.id, structureId: participant.structureId },
    'participant.fse-entry.filled-from-liaison-sheet',
    { sheetId, fields: filled },
  );
  return filled;
}
