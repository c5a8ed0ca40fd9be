import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Actor } from '../../core/auth/actor';
import { byKey, inKeyOrder, perRequestLoaders } from '../../core/graphql/loaders';
import { recordParticipantReads } from './participant-access';
import { LAST_CONTACT_SQL } from './participant-contacts.sql';
import { Participant, ParticipantSensitive } from './participant.entity';

function create(dataSource: DataSource, context: object) {
  const actor = (context as { req: { user: Actor } }).req.user;
  return {
    participantById: byKey(dataSource, Participant),
    lastContactByParticipant: new DataLoader<string, string | null>(async (ids) => {
      const rows: { participantId: string; lastContactOn: string | null }[] = await dataSource.query(LAST_CONTACT_SQL, [
        [...ids],
      ]);
      const map = new Map(rows.map((row) => [row.participantId, row.lastContactOn]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    /** Reading sensitive data is traced: one audit line per participant, written in one insert per batch. */
    sensitiveByParticipant: new DataLoader<string, ParticipantSensitive | null>(async (ids) => {
      const rows = await dataSource.getRepository(ParticipantSensitive).findBy({ participantId: In([...ids]) });
      const participants = await dataSource
        .getRepository(Participant)
        .find({ select: { id: true, structureId: true }, where: { id: In([...ids]) } });
      await recordParticipantReads(dataSource.manager, actor, participants, 'participant.sensitive.read');
      return inKeyOrder(rows, ids, 'participantId');
    }),
  };
}

/** Per-request loaders, kept on the GraphQL context (created on first use in a request). */
export const participantLoaders = perRequestLoaders('participant', create);

export type ParticipantLoaders = ReturnType<typeof create>;
