import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { byKey, grouped, perRequestLoaders } from '../../core/graphql/loaders';
import { PathCommitteeProposal } from './committee-proposals/committee-proposal.entity';
import { ApprovalCommittee, CommitteeFile } from './committees/committee.entity';
import { Diagnosis, Obstacle } from './diagnosis/diagnosis.entity';
import { PathExitProposal } from './exits/path-exit-proposal.entity';
import { FollowUp } from './follow-ups/follow-up.entity';
import { PathTransition, PliePath } from './paths/plie-path.entity';
import { CONTACT_STATS_SQL } from './plie.sql';
import { PathStep } from './steps/path-step.entity';

export interface ContactStats {
  lastContactOn: string | null;
  withoutContact: boolean;
}

function create(dataSource: DataSource) {
  return {
    pathById: byKey(dataSource, PliePath),
    committeeById: byKey(dataSource, ApprovalCommittee),
    pathsByParticipant: grouped(dataSource, PliePath, 'participantId', { createdAt: 'DESC', id: 'ASC' }),
    transitionsByPath: grouped(dataSource, PathTransition, 'pathId', { recordedAt: 'ASC', id: 'ASC' }),
    stepsByPath: grouped(dataSource, PathStep, 'pathId', { plannedStart: 'ASC', createdAt: 'ASC' }),
    obstaclesByPath: grouped(dataSource, Obstacle, 'pathId', { identifiedOn: 'ASC', createdAt: 'ASC' }),
    diagnosesByPath: grouped(dataSource, Diagnosis, 'pathId', { date: 'DESC', createdAt: 'DESC' }),
    followUpsByPath: grouped(dataSource, FollowUp, 'pathId', { date: 'DESC', createdAt: 'DESC' }),
    committeeFilesByPath: grouped(dataSource, CommitteeFile, 'pathId', { presentedAt: 'ASC', id: 'ASC' }),
    committeeFilesByCommittee: grouped(dataSource, CommitteeFile, 'committeeId', { presentedAt: 'ASC', id: 'ASC' }),
    committeeProposalsByPath: grouped(dataSource, PathCommitteeProposal, 'pathId', { createdAt: 'DESC', id: 'ASC' }),
    exitProposalsByPath: grouped(dataSource, PathExitProposal, 'pathId', { createdAt: 'DESC', id: 'ASC' }),
    contactStatsByPath: new DataLoader<string, ContactStats>(async (ids) => {
      const rows: ({ pathId: string } & ContactStats)[] = await dataSource.query(CONTACT_STATS_SQL, [[...ids]]);
      const map = new Map(rows.map((row) => [row.pathId, row]));
      return ids.map((id) => map.get(id) ?? { lastContactOn: null, withoutContact: false });
    }),
  };
}

/** Per-request loaders, kept on the GraphQL context (created on first use in a request). */
export const plieLoaders = perRequestLoaders('plie', create);

export type PlieLoaders = ReturnType<typeof create>;
