import { DataSource } from 'typeorm';
import { byKey, grouped, perRequestLoaders } from '../../core/graphql/loaders';
import { ProofDocument } from '../proofs/proof-document.entity';
import { Assessment } from './assessments/assessment.entity';
import { ActionReminder, ExitProposal, Interview } from './follow-up/follow-up.entity';
import { Immersion } from './immersions/immersion.entity';
import { ActivitySession, Enrolment } from './sessions/session.entity';
import { TimeEntryParticipant } from './time-entries/time-entry.entity';

function create(dataSource: DataSource) {
  return {
    sessionById: byKey(dataSource, ActivitySession),
    proofById: byKey(dataSource, ProofDocument),
    enrolmentsBySession: grouped(dataSource, Enrolment, 'sessionId', { createdAt: 'ASC', id: 'ASC' }),
    enrolmentsByOrientation: grouped(dataSource, Enrolment, 'orientationId', { createdAt: 'ASC', id: 'ASC' }),
    interviewsByOrientation: grouped(dataSource, Interview, 'orientationId', { date: 'ASC', createdAt: 'ASC' }),
    remindersByOrientation: grouped(dataSource, ActionReminder, 'orientationId', { date: 'ASC', createdAt: 'ASC' }),
    proposalsByOrientation: grouped(dataSource, ExitProposal, 'orientationId', { raisedOn: 'DESC', createdAt: 'DESC' }),
    immersionsByOrientation: grouped(dataSource, Immersion, 'orientationId', { startsOn: 'ASC', createdAt: 'ASC' }),
    assessmentsByOrientation: grouped(dataSource, Assessment, 'orientationId', { startedOn: 'ASC', createdAt: 'ASC' }),
    participantsByTimeEntry: grouped(dataSource, TimeEntryParticipant, 'timeEntryId', { orientationId: 'ASC' }),
  };
}

/** Per-request loaders, kept on the GraphQL context (created on first use in a request). */
export const activityLoaders = perRequestLoaders('activity', create);

export type ActivityLoaders = ReturnType<typeof create>;
