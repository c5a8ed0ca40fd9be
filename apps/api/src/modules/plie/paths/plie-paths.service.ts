import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CURRENT_PATH_STATUSES,
  isPositiveExit,
  lastStep,
  PATH_STATUS_LABELS,
  PathStatus,
  Programme,
  todayInParis,
  transitionError,
  TransitionTrigger,
} from '@passerelle/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { InputError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate, listQuery } from '../../../core/graphql/pagination';
import { findReachableParticipant, participantStructureId } from '../../participants/participant-access';
import { recordParticipantEvent } from '../../participants/participant-access';
import { RecordPathConsentInput } from '../consent/path-consent.dto';
import { PathStep } from '../steps/path-step.entity';
import { findReachablePath, providerPathSql } from './path-access';
import { PathStateError, PathStateService } from './path-state';
import {
  ChangePathStatusInput,
  ExitPliePathInput,
  PliePathFilter,
  ProposePliePathInput,
  RecordFseExitInput,
  ReopenPliePathInput,
} from './plie-path.dto';
import { PathTransition, PliePath } from './plie-path.entity';
import { saveNew } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';

@Injectable()
export class PliePathsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly state: PathStateService,
  ) {}

  /** The operator's paths, and for a provider the paths of its portfolio (see `providerPathSql`). */
  list(actor: Actor, page: PageArgs, filter: PliePathFilter = {}): Promise<Connection<PliePath>> {
    const query = listQuery(this.dataSource, PliePath, 'pp', { createdAt: 'DESC' });
    const scope = participantStructureId(actor);
    if (scope)
      query.andWhere(`(pp."structureId" = :scope OR ${providerPathSql('pp')})`, { scope, today: todayInParis() });
    if (filter.status) query.andWhere('pp.status = :status', { status: filter.status });
    if (filter.participantId)
      query.andWhere('pp.participantId = :participantId', { participantId: filter.participantId });
    if (filter.referentUserId) {
      query
        .innerJoin('participants', 'p', 'p.id = pp."participantId"')
        .andWhere('p."referentUserId" = :referent', { referent: filter.referentUserId });
    }
    return paginate(query, page);
  }

  /** Reading a path is reading the participant's file: it is traced. */
  async get(actor: Actor, id: string): Promise<PliePath> {
    const { path } = await findReachablePath(this.dataSource.manager, actor, id);
    await this.state.recordEvent(this.dataSource.manager, actor, path, 'plie.path.read', {});
    return path;
  }

  async propose(actor: Actor, input: ProposePliePathInput): Promise<PliePath> {
    checkNotFuture('orientedOn', input.orientedOn, 'L’orientation ne peut pas être datée dans le futur.');
    return this.dataSource.transaction(async (manager) => {
      // Locking the participant serialises proposals: at most one path that is not over per person.
      const participant = await findReachableParticipant(manager, actor, input.participantId, true);
      if (participant.programme !== Programme.PLIE)
        throw new InputError({ participantId: 'Cette personne n’est pas suivie dans le PLIE.' });
      const current = await manager.findOneBy(PliePath, {
        participantId: participant.id,
        status: In([...CURRENT_PATH_STATUSES]),
      });
      if (current) {
        throw new InputError({
          participantId: `Cette personne a déjà un parcours PLIE en cours (« ${PATH_STATUS_LABELS[current.status]} »).`,
        });
      }
      const path = await saveNew(manager, PliePath, {
        structureId: participant.structureId,
        participantId: participant.id,
        status: PathStatus.PROPOSED,
        statusChangedOn: input.orientedOn,
        prescriber: input.prescriber.trim(),
        orientedOn: input.orientedOn,
        admittedOn: null,
        followUpEndsOn: null,
      });
      await manager.insert(PathTransition, {
        pathId: path.id,
        fromStatus: null,
        toStatus: PathStatus.PROPOSED,
        effectiveOn: input.orientedOn,
        byUserId: actor.userId,
        byApiKeyId: actor.apiKeyId,
        trigger: 'ORIENTATION',
        reason: null,
        details: { prescriber: path.prescriber },
      });
      await recordParticipantEvent(this.audit, manager, actor, participant, 'plie.path.proposed', { pathId: path.id });
      return path;
    });
  }

  /** The plain changes a référent makes: a withdrawal before the committee, a job lost during the follow-up. */
  async changeStatus(actor: Actor, input: ChangePathStatusInput): Promise<PliePath> {
    checkNotFuture('on', input.on);
    return this.dataSource.transaction(async (manager) => {
      const path = await this.state.lock(manager, actor, input.pathId);
      this.state.checkVersion(path, input.version);
      const error = transitionErrorFor(path, input.to);
      if (error) throw error;
      if (input.to === PathStatus.NOT_ADMITTED && !input.reason?.trim())
        throw new InputError({ reason: 'Le motif est obligatoire.' });
      if (input.on < path.statusChangedOn)
        throw new InputError({
          on: `La date ne peut pas précéder le dernier changement de statut (${path.statusChangedOn}).`,
        });
      const set: Partial<PliePath> = input.to === PathStatus.ACTIVE ? { followUpEndsOn: null } : {};
      return this.state.transition(manager, actor, path, input.to, TransitionTrigger.MANUAL, {
        on: input.on,
        reason: input.reason?.trim() || null,
        set,
      });
    });
  }

  /** The exit: its positivity is computed by rule from the reason and the last step. */
  async exit(actor: Actor, input: ExitPliePathInput): Promise<PliePath> {
    checkNotFuture('date', input.date, 'La date de sortie ne peut pas être dans le futur.');
    return this.dataSource.transaction(async (manager) => {
      const path = await this.state.lock(manager, actor, input.pathId);
      this.state.checkVersion(path, input.version);
      return this.exitLocked(manager, actor, path, input);
    });
  }

  /** The exit of a locked path (by the operator: directly, or validating a proposal). */
  async exitLocked(
    manager: EntityManager,
    actor: Actor,
    path: PliePath,
    input: Omit<ExitPliePathInput, 'pathId' | 'version'>,
  ): Promise<PliePath> {
    if (path.admittedOn && input.date < path.admittedOn)
      throw new InputError({ date: `La sortie ne peut pas précéder l’admission (${path.admittedOn}).` });
    if (input.date < path.statusChangedOn)
      throw new InputError({
        date: `La sortie ne peut pas précéder le dernier changement de statut (${path.statusChangedOn}).`,
      });
    const steps = await manager.find(PathStep, { where: { pathId: path.id } });
    const positive = isPositiveExit(input.reason, lastStep(steps.map((s) => ({ ...s, recordedAt: s.createdAt }))));
    const fseResults = input.fseResults?.length ? [...new Set(input.fseResults)] : null;
    const exited = await this.state.transition(manager, actor, path, PathStatus.EXITED, TransitionTrigger.EXIT, {
      on: input.date,
      reason: input.comment?.trim() || null,
      details: { reason: input.reason, positive },
      set: {
        exitDate: input.date,
        exitReason: input.reason,
        exitPositive: positive,
        exitComment: input.comment?.trim() || null,
        fseExitResults: fseResults,
        fseExitRecordedOn: fseResults ? input.date : null,
      },
    });
    await this.state.recordEvent(manager, actor, path, 'plie.path.exited', {
      reason: input.reason,
      positive,
    });
    return exited;
  }

  /**
   * Records the participant's free consent and acknowledgement of rights and duties (seed 002 §6), with the signed
   * document as proof: the operator's référent or the provider's (for whom it opens the follow-up) records it.
   */
  async recordConsent(actor: Actor, input: RecordPathConsentInput): Promise<PliePath> {
    checkNotFuture('givenOn', input.givenOn);
    return this.dataSource.transaction(async (manager) => {
      const { path } = await this.state.lockForFollowUp(manager, actor, input.pathId, 'Parcours', false);
      this.state.checkVersion(path, input.version);
      this.state.assertOpen(path);
      if (input.givenOn < path.orientedOn)
        throw new InputError({ givenOn: `L’accord ne peut pas précéder l’orientation (${path.orientedOn}).` });
      const [proof] = await manager.query(`SELECT "structureId", "participantId" FROM proof_documents WHERE id = $1`, [
        input.proofId,
      ]);
      if (
        !proof ||
        (!actor.isPlatformAdmin && proof.structureId !== actor.structureId) ||
        (proof.participantId && proof.participantId !== path.participantId)
      )
        throw new InputError({ proofId: 'Justificatif introuvable dans votre structure pour cette personne.' });
      const updated = await this.state.touch(manager, path, {
        consentGivenOn: input.givenOn,
        consentProofId: input.proofId,
        consentRecordedByUserId: actor.userId,
        consentRecordedAt: new Date(),
      });
      await this.state.recordEvent(manager, actor, path, 'plie.path.consent.recorded', {
        givenOn: input.givenOn,
        proofId: input.proofId,
      });
      return updated;
    });
  }

  async recordFseExit(actor: Actor, input: RecordFseExitInput): Promise<PliePath> {
    const recordedOn = input.recordedOn ?? todayInParis();
    checkNotFuture('recordedOn', recordedOn);
    return this.dataSource.transaction(async (manager) => {
      const path = await this.state.lock(manager, actor, input.pathId);
      this.state.checkVersion(path, input.version);
      if (path.status !== PathStatus.EXITED) {
        throw new PathStateError(
          `Les données FSE+ de sortie se saisissent après la sortie ; le parcours est « ${PATH_STATUS_LABELS[path.status]} ».`,
          path.status,
          null,
          'pathId',
        );
      }
      const updated = await this.state.touch(manager, path, {
        fseExitResults: [...new Set(input.results)],
        fseExitRecordedOn: recordedOn,
      });
      await this.state.recordEvent(manager, actor, path, 'plie.path.fse-exit.recorded', {});
      return updated;
    });
  }

  /** Coordination only (checked by the resolver): the previous exit is kept in the transition's details. */
  async reopen(actor: Actor, input: ReopenPliePathInput): Promise<PliePath> {
    const on = input.on ?? todayInParis();
    checkNotFuture('on', on);
    return this.dataSource.transaction(async (manager) => {
      const path = await this.state.lock(manager, actor, input.pathId);
      this.state.checkVersion(path, input.version);
      const previousExit = {
        date: path.exitDate,
        reason: path.exitReason,
        positive: path.exitPositive,
        fseResults: path.fseExitResults,
      };
      const reopened = await this.state.transition(manager, actor, path, PathStatus.ACTIVE, TransitionTrigger.REOPEN, {
        on,
        reason: input.reason.trim(),
        details: { previousExit },
        set: {
          exitDate: null,
          exitReason: null,
          exitPositive: null,
          exitComment: null,
          fseExitResults: null,
          fseExitRecordedOn: null,
          followUpEndsOn: null,
        },
      });
      await this.state.recordEvent(manager, actor, path, 'plie.path.reopened', {
        previousExit,
      });
      return reopened;
    });
  }
}

/** Manual changes only; the other transitions have their own operation, which the message names. */
function transitionErrorFor(path: PliePath, to: PathStatus): PathStateError | null {
  const message = transitionError(path.status, to, TransitionTrigger.MANUAL);
  return message ? new PathStateError(message, path.status, to, 'to') : null;
}
