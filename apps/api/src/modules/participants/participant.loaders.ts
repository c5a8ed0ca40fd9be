import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Actor } from '../../core/auth/actor';
import { Branch } from '../../core/tenancy/branches/branch.entity';
import { User } from '../../core/tenancy/users/user.entity';
import { recordParticipantReads } from './participant-audit';
import { Participant, ParticipantSensitive } from './participant.entity';

const KEY = Symbol('participantLoaders');

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

function create(dataSource: DataSource, actor: Actor) {
  return {
    participantById: new DataLoader<string, Participant | null>(async (ids) =>
      byId(await dataSource.getRepository(Participant).findBy({ id: In([...ids]) }), ids),
    ),
    branchById: new DataLoader<string, Branch | null>(async (ids) =>
      byId(await dataSource.getRepository(Branch).findBy({ id: In([...ids]) }), ids),
    ),
    userById: new DataLoader<string, User | null>(async (ids) =>
      byId(await dataSource.getRepository(User).findBy({ id: In([...ids]) }), ids),
    ),
    /** Reading sensitive data is traced: one audit line per participant, written in one insert per batch. */
    sensitiveByParticipant: new DataLoader<string, ParticipantSensitive | null>(async (ids) => {
      const rows = await dataSource.getRepository(ParticipantSensitive).findBy({ participantId: In([...ids]) });
      const participants = await dataSource
        .getRepository(Participant)
        .find({ select: { id: true, structureId: true }, where: { id: In([...ids]) } });
      await recordParticipantReads(dataSource.manager, actor, participants, 'participant.sensitive.read');
      const map = new Map(rows.map((row) => [row.participantId, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
}

export type ParticipantLoaders = ReturnType<typeof create>;

/** Per-request loaders, kept on the GraphQL context (created on first use in a request). */
export function participantLoaders(context: object, dataSource: DataSource): ParticipantLoaders {
  const holder = context as { [KEY]?: ParticipantLoaders; req?: { user?: Actor } };
  return (holder[KEY] ??= create(dataSource, holder.req!.user!));
}
