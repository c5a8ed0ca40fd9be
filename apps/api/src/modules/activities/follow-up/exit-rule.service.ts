import { Injectable } from '@nestjs/common';
import {
  AttendanceStatus,
  ContactEvent,
  exitProposalReason,
  EXIT_PROPOSAL_REASON_LABELS,
  ExitProposalStatus,
  OrientationStatus,
  Permission,
  todayInParis,
} from '@passerelle/domain';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { participantOf, recordParticipantEvent } from '../../participants/participant-access';
import { Orientation } from '../../orientations/orientations/orientation.entity';
import { ExitProposal } from './follow-up.entity';
import { saveNew } from '../../../core/database/writes';
import { NotificationsService } from '../../notifications/notifications.service';

/**
 * Seed 002's exit rule, run after each attendance or reminder: 2 consecutive unexcused absences, or 2 unanswered
 * reminders since the last contact, raise an exit proposal for the operator to validate. Never an automatic exit.
 */
@Injectable()
export class ExitRuleService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async evaluate(manager: EntityManager, actor: Actor, orientationIds: string[]): Promise<void> {
    if (orientationIds.length === 0) return;
    const orientations = await manager.findBy(Orientation, { id: In(orientationIds) });
    for (const o of orientations) {
      if (o.status !== OrientationStatus.ENTERED && o.status !== OrientationStatus.PENDING_ENTRY) continue;
      if (await manager.existsBy(ExitProposal, { orientationId: o.id, status: ExitProposalStatus.PENDING })) continue;
      const attendances: { attendance: AttendanceStatus; date: string }[] = await manager.query(
        `SELECT e.attendance, s.date::text AS date FROM session_enrolments e JOIN activity_sessions s ON s.id = e."sessionId"
          WHERE e."orientationId" = $1 AND e.attendance IS NOT NULL ORDER BY s.date, s."startTime", s.id`,
        [o.id],
      );
      const events: ContactEvent[] = await manager.query(
        `SELECT date::text AS date, 'REMINDER' AS kind, answered FROM action_reminders WHERE "orientationId" = $1
          UNION ALL SELECT date::text, 'CONTACT', NULL FROM activity_interviews WHERE "orientationId" = $1`,
        [o.id],
      );
      for (const a of attendances)
        if (a.attendance === AttendanceStatus.PRESENT) events.push({ date: a.date, kind: 'CONTACT' });
      const reason = exitProposalReason(
        attendances.map((a) => a.attendance),
        events,
      );
      if (!reason) continue;
      // A proposal dismissed after the last event that triggers the rule is not raised again for the same facts.
      const lastEvent = [...attendances.map((a) => a.date), ...events.map((e) => e.date)].sort().pop()!;
      const [decided] = await manager.query(
        `SELECT 1 FROM exit_proposals WHERE "orientationId" = $1 AND status = 'DISMISSED' AND "decidedOn" >= $2 LIMIT 1`,
        [o.id, lastEvent],
      );
      if (decided) continue;
      const proposal = await saveNew(manager, ExitProposal, {
        orientationId: o.id,
        structureId: o.structureId,
        providerStructureId: o.providerStructureId,
        reason,
        raisedOn: todayInParis(),
        status: ExitProposalStatus.PENDING,
        decidedOn: null,
        decidedByUserId: null,
        decisionNote: null,
      });
      await recordParticipantEvent(this.audit, manager, actor, participantOf(o), 'orientation.exit-proposed', {
        orientationId: o.id,
        proposalId: proposal.id,
        reason,
      });
      await this.notifyCoordinators(manager, o, proposal.id, EXIT_PROPOSAL_REASON_LABELS[reason]);
    }
  }

  /** The operator's coordinators validate or dismiss the proposal: they are told at once. */
  private async notifyCoordinators(
    manager: EntityManager,
    o: Orientation,
    proposalId: string,
    reason: string,
  ): Promise<void> {
    const coordinators = await this.notifications.usersWithPermission(
      o.structureId,
      Permission.PLIE_COORDINATE,
      manager,
    );
    if (coordinators.length === 0) return;
    const [{ name }]: { name: string }[] = await manager.query(
      `SELECT "firstName" || ' ' || "lastName" AS name FROM participants WHERE id = $1`,
      [o.participantId],
    );
    await this.notifications.notify(
      coordinators.map((userId) => ({
        userId,
        structureId: o.structureId,
        kind: 'exit-proposal-pending',
        title: `Proposition de sortie à valider : ${name}`,
        body: `Une sortie est proposée pour ${name} (${reason}) dans son action chez le prestataire : à valider ou à écarter.`,
        link: `/orientations/${o.id}`,
        dedupeKey: `exit-proposal-pending:${proposalId}`,
      })),
      manager,
    );
  }
}
