import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COMMITTEE_DECISION_LABELS,
  CommitteeDecision,
  decisionNeedsReason,
  frenchDate,
  PATH_STATUS_LABELS,
  PathStatus,
  pathStatusAfterDecision,
  todayInParis,
  TransitionTrigger,
} from '@passerelle/domain';
import { NotificationsService } from '../../notifications/notifications.service';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, InputError, NotFoundError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate, listQuery } from '../../../core/graphql/pagination';
import { requireStructureId } from '../../../core/tenancy/scope';
import { uniqueViolation } from '../../../core/database/unique-violation';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { participantStructureId } from '../../participants/participant-access';
import { PathStateError, PathStateService } from '../paths/path-state';
import {
  ApprovalCommitteeFilter,
  CreateApprovalCommitteeInput,
  DecideCommitteeFileInput,
  PresentToCommitteeInput,
} from './committee.dto';
import { ApprovalCommittee, CommitteeFile } from './committee.entity';
import { saveNew } from '../../../core/database/writes';
import { findOrNotFound } from '../../../core/database/find';

@Injectable()
export class CommitteesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly state: PathStateService,
    private readonly notifications: NotificationsService,
  ) {}

  list(actor: Actor, page: PageArgs, filter: ApprovalCommitteeFilter = {}): Promise<Connection<ApprovalCommittee>> {
    const query = listQuery(this.dataSource, ApprovalCommittee, 'c', { date: 'DESC' }, participantStructureId(actor));
    if (filter.from) query.andWhere('c.date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('c.date <= :to', { to: filter.to });
    return paginate(query, page);
  }

  get(actor: Actor, id: string): Promise<ApprovalCommittee> {
    return this.find(this.dataSource.manager, actor, id);
  }

  async create(actor: Actor, input: CreateApprovalCommitteeInput): Promise<ApprovalCommittee> {
    const structureId = requireStructureId(actor);
    return this.dataSource.transaction(async (manager) => {
      const committee = await saveNew(manager, ApprovalCommittee, {
        structureId,
        date: input.date,
        title: input.title.trim(),
        location: input.location?.trim() || null,
      });
      await this.audit.recordOn(
        manager,
        actor,
        'plie.committee.created',
        'ApprovalCommittee',
        committee.id,
        structureId,
      );
      return committee;
    });
  }

  /** Puts a file on a session's agenda: a proposed path then awaits the committee; a postponed one is presented again. */
  async present(actor: Actor, input: PresentToCommitteeInput): Promise<CommitteeFile> {
    return this.dataSource.transaction(async (manager) => {
      const path = await this.state.lock(manager, actor, input.pathId);
      const committee = await this.find(manager, actor, input.committeeId);
      if (committee.structureId !== path.structureId) throw new NotFoundError('Comité');
      if (path.status === PathStatus.AWAITING_COMMITTEE) {
        const pending = await manager.findOne(CommitteeFile, {
          where: { pathId: path.id, decision: IsNull() },
          relations: { committee: true },
        });
        if (pending)
          throw new InputError({
            committeeId: `Ce dossier est déjà inscrit au comité du ${pending.committee!.date}, qui n’a pas encore statué.`,
          });
      } else if (path.status === PathStatus.PROPOSED) {
        await this.state.transition(manager, actor, path, PathStatus.AWAITING_COMMITTEE, TransitionTrigger.COMMITTEE, {
          on: todayInParis(),
          details: { committeeId: committee.id, committeeDate: committee.date },
        });
      } else {
        const message = `Seul un parcours « ${PATH_STATUS_LABELS[PathStatus.PROPOSED]} » ou « ${PATH_STATUS_LABELS[PathStatus.AWAITING_COMMITTEE]} » passe en comité ; celui-ci est « ${PATH_STATUS_LABELS[path.status]} ».`;
        throw new PathStateError(message, path.status, PathStatus.AWAITING_COMMITTEE, 'pathId');
      }
      try {
        const file = await saveNew(manager, CommitteeFile, {
          committeeId: committee.id,
          pathId: path.id,
          presentedByUserId: actor.userId,
        });
        await this.state.recordEvent(manager, actor, path, 'plie.committee.presented', {
          committeeId: committee.id,
        });
        return file;
      } catch (error) {
        if (uniqueViolation(error) !== null)
          throw new InputError({ committeeId: 'Ce dossier a déjà été présenté à ce comité.' });
        throw error;
      }
    });
  }

  /** Admitted → ACTIVE (admitted on the session's day), postponed → still awaiting, refused → NOT_ADMITTED. */
  async decide(actor: Actor, input: DecideCommitteeFileInput): Promise<CommitteeFile> {
    const reason = input.reason?.trim() || null;
    if (decisionNeedsReason(input.decision) && !reason)
      throw new InputError({ reason: 'Le motif est obligatoire pour un ajournement ou un refus.' });
    return this.dataSource.transaction(async (manager) => {
      if (!isUuid(input.fileId)) throw new NotFoundError('Dossier de comité');
      const file = await manager.findOne(CommitteeFile, {
        where: { id: input.fileId },
        relations: { committee: true },
      });
      const scope = participantStructureId(actor);
      if (!file || (scope && file.committee!.structureId !== scope)) throw new NotFoundError('Dossier de comité');
      const path = await this.state.lock(manager, actor, file.pathId);
      const locked = await manager.findOne(CommitteeFile, {
        where: { id: file.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (locked!.decision) throw new ConflictError('Le comité a déjà statué sur ce dossier.');
      const day = file.committee!.date;
      if (day > todayInParis()) throw new InputError({ fileId: `Le comité du ${day} ne s’est pas encore tenu.` });
      await manager.update(
        CommitteeFile,
        { id: file.id },
        { decision: input.decision, reason, decidedAt: new Date(), decidedByUserId: actor.userId },
      );
      const to = pathStatusAfterDecision(input.decision);
      if (to !== path.status) {
        const set = input.decision === CommitteeDecision.ADMITTED ? { admittedOn: day } : {};
        await this.state.transition(manager, actor, path, to, TransitionTrigger.COMMITTEE, {
          on: day,
          reason,
          details: { committeeId: file.committeeId, decision: input.decision },
          set,
        });
      } else if (path.status !== PathStatus.AWAITING_COMMITTEE) {
        throw new PathStateError(
          `Le parcours est « ${PATH_STATUS_LABELS[path.status]} » : le comité ne peut plus statuer.`,
          path.status,
          to,
          'fileId',
        );
      }
      await this.state.recordEvent(manager, actor, path, 'plie.committee.decided', {
        committeeId: file.committeeId,
        decision: input.decision,
      });
      await this.notifyReferent(manager, actor, path, file.id, day, input.decision, reason);
      return manager.findOneByOrFail(CommitteeFile, { id: file.id });
    });
  }

  /** The participant's referent learns the decision (unless they recorded it themselves). */
  private async notifyReferent(
    manager: EntityManager,
    actor: Actor,
    path: { id: string; participantId: string; structureId: string },
    fileId: string,
    day: string,
    decision: CommitteeDecision,
    reason: string | null,
  ): Promise<void> {
    const [row]: { referentUserId: string | null; name: string }[] = await manager.query(
      `SELECT "referentUserId", "firstName" || ' ' || "lastName" AS name FROM participants WHERE id = $1`,
      [path.participantId],
    );
    if (!row?.referentUserId || row.referentUserId === actor.userId) return;
    const label = COMMITTEE_DECISION_LABELS[decision].toLowerCase();
    await this.notifications.notify(
      [
        {
          userId: row.referentUserId,
          structureId: path.structureId,
          kind: 'committee-decided',
          title: `Décision du comité : ${row.name}, ${label}`,
          body: `Le comité du ${frenchDate(day)} a statué sur le parcours PLIE de ${row.name} : ${label}${reason ? ` (motif : ${reason})` : ''}.`,
          link: `/plie/parcours/${path.id}`,
          dedupeKey: `committee-decided:${fileId}`,
        },
      ],
      manager,
    );
  }

  private async find(manager: EntityManager, actor: Actor, id: string): Promise<ApprovalCommittee> {
    const scope = participantStructureId(actor);
    const committee = await findOrNotFound(
      manager,
      ApprovalCommittee,
      { id, ...(scope ? { structureId: scope } : {}) },
      'Comité',
    );
    return committee;
  }
}
