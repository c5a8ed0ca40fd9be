import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Actor } from '../../core/auth/actor';
import { byKey, inKeyOrder, perRequestLoaders } from '../../core/graphql/loaders';
import { Branch } from '../../core/tenancy/branches/branch.entity';
import { User } from '../../core/tenancy/users/user.entity';
import { recordParticipantReads } from './participant-audit';
import { Participant, ParticipantSensitive } from './participant.entity';

function create(dataSource: DataSource, context: object) {
  const actor = (context as { req: { user: Actor } }).req.user;
  return {
    participantById: byKey(dataSource, Participant),
    branchById: byKey(dataSource, Branch),
    userById: byKey(dataSource, User),
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
