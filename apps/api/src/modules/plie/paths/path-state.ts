import { Injectable } from '@nestjs/common';
import {
  OPEN_PATH_STATUSES,
  CURRENT_PATH_STATUSES,
  PATH_STATUS_LABELS,
  PathStatus,
  transitionError,
  TransitionTrigger,
} from '@passerelle/domain';
import { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, DomainError, NotFoundError } from '../../../core/graphql/errors';
import { findOrNotFound } from '../../../core/database/find';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { participantStructureId } from '../../participants/participant-access';
import { participantOf, recordParticipantEvent } from '../../participants/participant-access';
import { checkFollowUpWriter, findReachablePath, PathSide } from './path-access';
import { PathTransition, PliePath } from './plie-path.entity';

/** A change of status the state machine refuses, or an action the path's status does not allow. */
export class PathStateError extends DomainError {
  constructor(message: string, from: PathStatus, to: PathStatus | null = null, field = 'status') {
    super('BAD_USER_INPUT', message, { reason: 'INVALID_TRANSITION', from, to, fields: { [field]: message } });
  }
}

export interface TransitionOptions {
  /** The day the change takes effect. */
  on: string;
  reason?: string | null;
  details?: Record<string, unknown>;
  /** Other columns to change with the status. */
  set?: Partial<PliePath>;
}

/** Finds paths in the caller's scope, and moves them through the state machine, tracing every change. */
@Injectable()
export class PathStateService {
  constructor(private readonly audit: AuditService) {}

  /** The path, locked for the rest of the transaction; another structure's path is NOT_FOUND. */
  async lock(manager: EntityManager, actor: Actor, pathId: string): Promise<PliePath> {
    const scope = participantStructureId(actor);
    if (!isUuid(pathId)) throw new NotFoundError('Parcours');
    const path = await manager.findOne(PliePath, {
      where: { id: pathId, ...(scope ? { structureId: scope } : {}) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!path) throw new NotFoundError('Parcours');
    return path;
  }

  /**
   * Locks a path for its follow-up (diagnosis, obstacles, steps, follow-up log, exit proposals): the operator's référent,
   * or the provider whose lot the participant is oriented to (consent recorded); out of reach, `what` is "not found".
   */
  async lockForFollowUp(
    manager: EntityManager,
    actor: Actor,
    pathId: string,
    what = 'Parcours',
    consentNeeded = true,
  ): Promise<{ path: PliePath; side: PathSide }> {
    const found = await findReachablePath(manager, actor, pathId, { lock: true, what });
    checkFollowUpWriter(actor, found.path, found.side, consentNeeded);
    return found;
  }

  /** `lockForFollowUp`, then the path must be at one of `statuses` (not over, by default). */
  async lockOpen(
    manager: EntityManager,
    actor: Actor,
    pathId: string,
    statuses: readonly PathStatus[] = CURRENT_PATH_STATUSES,
  ): Promise<{ path: PliePath; side: PathSide }> {
    const found = await this.lockForFollowUp(manager, actor, pathId);
    this.assertOpen(found.path, statuses);
    return found;
  }

  /**
   * An entry of a path's follow-up (step, obstacle, follow-up…) and its path, locked as `lockOpen` does: an entry out of
   * reach, or of a path out of reach, is `what` "not found".
   */
  async lockEntry<T extends { id: string; pathId: string }>(
    manager: EntityManager,
    actor: Actor,
    entity: EntityTarget<T>,
    id: string,
    what: string,
    statuses: readonly PathStatus[] = CURRENT_PATH_STATUSES,
  ): Promise<{ entry: T; path: PliePath }> {
    const entry = await findOrNotFound(manager, entity, { id } as FindOptionsWhere<T> & { id: string }, what);
    const { path } = await this.lockForFollowUp(manager, actor, entry.pathId, what);
    this.assertOpen(path, statuses);
    return { entry, path };
  }

  /** Traces an event of the path in its participant's audit trail, the path's id first among the details. */
  recordEvent(
    manager: EntityManager,
    actor: Actor,
    path: PliePath,
    action: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return recordParticipantEvent(this.audit, manager, actor, participantOf(path), action, {
      pathId: path.id,
      ...details,
    });
  }

  checkVersion(path: PliePath, version: number | undefined): void {
    if (version !== undefined && version !== path.version) throw new ConflictError();
  }

  /** Steps, obstacles and follow-ups are recorded on a path that is not over. */
  assertOpen(path: PliePath, statuses: readonly PathStatus[] = CURRENT_PATH_STATUSES): void {
    if (!statuses.includes(path.status)) {
      const allowed = statuses.map((s) => `« ${PATH_STATUS_LABELS[s]} »`).join(' ou ');
      const hint = path.status === PathStatus.EXITED ? ' La coordination peut le rouvrir.' : '';
      throw new PathStateError(
        `Le parcours est « ${PATH_STATUS_LABELS[path.status]} » : il doit être ${allowed}.${hint}`,
        path.status,
        null,
        'pathId',
      );
    }
  }

  assertActive(path: PliePath): void {
    this.assertOpen(path, OPEN_PATH_STATUSES);
  }

  /** Applies an allowed transition (by this trigger), dates and traces it. The path must have been locked. */
  async transition(
    manager: EntityManager,
    actor: Actor,
    path: PliePath,
    to: PathStatus,
    trigger: TransitionTrigger,
    options: TransitionOptions,
  ): Promise<PliePath> {
    const error = transitionError(path.status, to, trigger);
    if (error) throw new PathStateError(error, path.status, to, 'to');
    const from = path.status;
    await manager
      .createQueryBuilder()
      .update(PliePath)
      .set({ ...(options.set ?? {}), status: to, statusChangedOn: options.on, version: () => 'version + 1' })
      .where('id = :id', { id: path.id })
      .execute();
    await manager.insert(PathTransition, {
      pathId: path.id,
      fromStatus: from,
      toStatus: to,
      effectiveOn: options.on,
      byUserId: actor.userId,
      byApiKeyId: actor.apiKeyId,
      trigger,
      reason: options.reason ?? null,
      details: options.details ?? null,
    });
    await this.recordEvent(manager, actor, path, 'plie.path.transitioned', {
      from,
      to,
      trigger,
      on: options.on,
    });
    return manager.findOneByOrFail(PliePath, { id: path.id });
  }

  /** Bumps the version of a path changed without a change of status (so that stale edits are refused). */
  async touch(manager: EntityManager, path: PliePath, set: Partial<PliePath>): Promise<PliePath> {
    await manager
      .createQueryBuilder()
      .update(PliePath)
      .set({ ...set, version: () => 'version + 1' })
      .where('id = :id', { id: path.id })
      .execute();
    return manager.findOneByOrFail(PliePath, { id: path.id });
  }
}
