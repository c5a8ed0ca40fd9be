import DataLoader from 'dataloader';
import { FollowUpKind, WITHOUT_CONTACT_UNANSWERED_REMINDERS } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { byKey, grouped, perRequestLoaders } from '../../core/graphql/loaders';
import { ApprovalCommittee, CommitteeFile } from './committees/committee.entity';
import { Diagnosis, Obstacle } from './diagnosis/diagnosis.entity';
import { FollowUp } from './follow-ups/follow-up.entity';
import { PathTransition, PliePath } from './paths/plie-path.entity';
import { PathStep } from './steps/path-step.entity';

export interface ContactStats {
  lastContactOn: string | null;
  withoutContact: boolean;
}

/**
 * Last real contact and the "without contact" rule (2 unanswered reminders since the last contact), computed in SQL
 * for a batch of paths. It mirrors the domain's `isWithoutContact`.
 */
export const CONTACT_STATS_SQL = `
  SELECT ids.id AS "pathId", lc.last_contact::text AS "lastContactOn",
    (SELECT count(*) FROM plie_follow_ups r
      WHERE r."pathId" = ids.id AND r.kind = '${FollowUpKind.REMINDER}' AND r.answered IS NOT TRUE
        AND (lc.last_contact IS NULL OR r.date > lc.last_contact)) >= ${WITHOUT_CONTACT_UNANSWERED_REMINDERS} AS "withoutContact"
  FROM unnest($1::uuid[]) AS ids(id)
  LEFT JOIN LATERAL (
    SELECT max(f.date) AS last_contact FROM plie_follow_ups f
    WHERE f."pathId" = ids.id AND (f.kind = '${FollowUpKind.INTERVIEW}'
      OR (f.kind = '${FollowUpKind.REMINDER}' AND f.answered IS TRUE)
      OR (f.kind = '${FollowUpKind.COLLECTIVE_MEETING}' AND f.attended IS DISTINCT FROM FALSE))
  ) lc ON TRUE`;

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
