import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ActionExitReason,
  ExitProposalStatus,
  liaisonSheetDueOn,
  OrientationStatus,
  todayInParis,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, InputError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate, listQuery } from '../../../core/graphql/pagination';
import { actingStructureId, operatorOrProviderSql } from '../../markets/lot-access';
import {
  findDeliveredOrientation,
  findOperatorOrientation,
  findReachableOrientation,
} from '../../orientations/orientation-access';
import { Orientation } from '../../orientations/orientations/orientation.entity';
import { participantOf, recordParticipantEvent } from '../../participants/participant-access';
import {
  DecideExitProposalInput,
  ExitProposalFilter,
  RecordInterviewInput,
  RecordReminderInput,
} from '../activities.dto';
import { ExitRuleService } from './exit-rule.service';
import { ActionReminder, ExitProposal, Interview } from './follow-up.entity';
import { saveNew } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';
import { findOrNotFound } from '../../../core/database/find';

const ACTIVE = [OrientationStatus.PENDING_ENTRY, OrientationStatus.ENTERED];

/** Reminders, interviews and the exit proposals they may raise. */
@Injectable()
export class ActivityFollowUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly exitRule: ExitRuleService,
  ) {}

  async recordReminder(actor: Actor, input: RecordReminderInput): Promise<ActionReminder> {
    checkNotFuture('date', input.date);
    return this.dataSource.transaction(async (manager) => {
      const o = await findDeliveredOrientation(manager, actor, input.orientationId, true);
      if (!ACTIVE.includes(o.status))
        throw new InputError({ orientationId: 'Cette personne n’est plus dans l’action.' });
      const reminder = await saveNew(manager, ActionReminder, {
        orientationId: o.id,
        date: input.date,
        mode: input.mode,
        answered: input.answered,
        byUserId: actor.userId,
      });
      await recordParticipantEvent(this.audit, manager, actor, participantOf(o), 'orientation.reminder.recorded', {
        orientationId: o.id,
        answered: input.answered,
      });
      await this.exitRule.evaluate(manager, actor, [o.id]);
      return reminder;
    });
  }

  async recordInterview(actor: Actor, input: RecordInterviewInput): Promise<Interview> {
    checkNotFuture('date', input.date);
    return this.dataSource.transaction(async (manager) => {
      const o = await findDeliveredOrientation(manager, actor, input.orientationId, true);
      if (!ACTIVE.includes(o.status))
        throw new InputError({ orientationId: 'Cette personne n’est plus dans l’action.' });
      if (input.date < o.orientedOn) throw new InputError({ date: 'L’entretien ne peut précéder l’orientation.' });
      const [lot] = await manager.query(`SELECT "interviewMaxMinutes" FROM lots WHERE id = $1`, [o.lotId]);
      if (lot.interviewMaxMinutes !== null && input.durationMinutes > lot.interviewMaxMinutes) {
        throw new InputError({
          durationMinutes: `Le lot prévoit des entretiens de ${lot.interviewMaxMinutes} minutes au plus.`,
        });
      }
      if (input.proofId) await this.checkProof(manager, actor, input.proofId);
      const interview = await saveNew(manager, Interview, {
        orientationId: o.id,
        lotId: o.lotId,
        providerStructureId: o.providerStructureId,
        date: input.date,
        durationMinutes: input.durationMinutes,
        kind: input.kind,
        summary: input.summary?.trim() || null,
        proofId: input.proofId ?? null,
        byUserId: actor.userId,
      });
      await recordParticipantEvent(this.audit, manager, actor, participantOf(o), 'orientation.interview.recorded', {
        orientationId: o.id,
        interviewId: interview.id,
      });
      return interview;
    });
  }

  async interviews(actor: Actor, orientationId: string): Promise<Interview[]> {
    const o = await findReachableOrientation(this.dataSource.manager, actor, orientationId);
    return this.dataSource
      .getRepository(Interview)
      .find({ where: { orientationId: o.id }, order: { date: 'ASC', createdAt: 'ASC' } });
  }

  listProposals(actor: Actor, page: PageArgs, filter: ExitProposalFilter = {}): Promise<Connection<ExitProposal>> {
    const scope = actingStructureId(actor);
    const query = listQuery(this.dataSource, ExitProposal, 'x', { raisedOn: 'DESC' });
    if (scope) query.andWhere(operatorOrProviderSql('x'), { scope });
    if (filter.status) query.andWhere('x.status = :status', { status: filter.status });
    if (filter.orientationId)
      query.andWhere('x.orientationId = :orientationId', { orientationId: filter.orientationId });
    return paginate(query, page);
  }

  /** The operator validates the exit (lost contact: the exit sheet falls due in 15 days) or dismisses the proposal. */
  async decide(actor: Actor, input: DecideExitProposalInput): Promise<ExitProposal> {
    const exitOn = input.exitOn ?? todayInParis();
    checkNotFuture('exitOn', exitOn);
    return this.dataSource.transaction(async (manager) => {
      const found = await findOrNotFound(manager, ExitProposal, { id: input.id }, 'Proposition de sortie');
      const o = await findOperatorOrientation(manager, actor, found.orientationId, true, 'Proposition de sortie');
      const proposal = await manager.findOneByOrFail(ExitProposal, { id: found.id });
      if (proposal.version !== input.version) throw new ConflictError();
      if (proposal.status !== ExitProposalStatus.PENDING)
        throw new InputError({ id: 'Cette proposition a déjà été traitée.' });
      const decidedOn = todayInParis();
      await manager.update(
        ExitProposal,
        { id: proposal.id },
        {
          status: input.accept ? ExitProposalStatus.ACCEPTED : ExitProposalStatus.DISMISSED,
          decidedOn,
          decidedByUserId: actor.userId,
          decisionNote: input.note?.trim() || null,
          version: proposal.version + 1,
        },
      );
      if (input.accept) {
        if (o.startedOn && exitOn < o.startedOn)
          throw new InputError({ exitOn: 'La sortie ne peut précéder le démarrage de l’action.' });
        await manager
          .createQueryBuilder()
          .update(Orientation)
          .set({
            status: OrientationStatus.EXITED,
            exitOn,
            exitReason: ActionExitReason.LOST_CONTACT,
            exitDueOn: liaisonSheetDueOn(exitOn),
            version: () => 'version + 1',
          })
          .where('id = :id', { id: o.id })
          .execute();
      }
      await recordParticipantEvent(
        this.audit,
        manager,
        actor,
        participantOf(o),
        input.accept ? 'orientation.exit-proposal.accepted' : 'orientation.exit-proposal.dismissed',
        { orientationId: o.id, proposalId: proposal.id },
      );
      return manager.findOneByOrFail(ExitProposal, { id: proposal.id });
    });
  }

  private async checkProof(manager: DataSource['manager'], actor: Actor, proofId: string): Promise<void> {
    const [proof] = await manager.query(`SELECT "structureId" FROM proof_documents WHERE id = $1`, [proofId]);
    if (!proof || (!actor.isPlatformAdmin && proof.structureId !== actor.structureId))
      throw new InputError({ proofId: 'Justificatif introuvable dans votre structure.' });
  }
}
