import { Injectable } from '@nestjs/common';
import {
  CEJ_CONTRACT_STATUS_LABELS,
  CEJ_RUNNING_STATUSES,
  CEJ_TRANSITIONS,
  CejContractStatus,
  cejTransitionError,
  CejTransitionKind,
} from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, DomainError, NotFoundError } from '../../../core/graphql/errors';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { participantStructureId } from '../../participants/participant-access';
import { participantOf, recordParticipantEvent } from '../../participants/participant-access';
import { CejContract, CejContractEvent } from './cej-contract.entity';
import { RECEIVED_CONTRACTS_SQL } from '../provider/cej-provider.sql';

/** The contracted lots through which the caller's structure receives the young person of a contract (none: not reached). */
export async function receivingLotIds(manager: EntityManager, actor: Actor, contractId: string): Promise<string[]> {
  if (!actor.structureId || !isUuid(contractId)) return [];
  const rows: { lotId: string }[] = await manager.query(RECEIVED_CONTRACTS_SQL, [actor.structureId, null, contractId]);
  return rows.map((row) => row.lotId);
}

/** An operation the contract's state does not allow. */
export class CejStateError extends DomainError {
  constructor(message: string, status: CejContractStatus, field = 'contractId') {
    super('BAD_USER_INPUT', message, { reason: 'INVALID_TRANSITION', status, fields: { [field]: message } });
  }
}

/** The audit trail of a contract is the participant's: same entity type and id, so that one index finds it. */

export interface CejTransitionOptions {
  on: string;
  reason?: string | null;
  set?: Partial<CejContract>;
  details?: Record<string, unknown>;
}

/** Finds contracts in the caller's scope (another structure's contract is NOT_FOUND) and moves them through their states. */
@Injectable()
export class CejContractState {
  constructor(private readonly audit: AuditService) {}

  /**
   * The contract, locked for the rest of the transaction. `asProvider`: the caller reaches it as the provider of a
   * contracted CEJ lot that receives the young person (see `RECEIVED_CONTRACTS_SQL`), not in its own structure.
   */
  async lock(
    manager: EntityManager,
    actor: Actor,
    contractId: string,
    what = 'Contrat',
    asProvider = false,
  ): Promise<CejContract> {
    if (!isUuid(contractId)) throw new NotFoundError(what);
    if (asProvider) {
      const lotIds = await receivingLotIds(manager, actor, contractId);
      if (lotIds.length === 0) throw new NotFoundError(what);
      return manager.findOneOrFail(CejContract, { where: { id: contractId }, lock: { mode: 'pessimistic_write' } });
    }
    const scope = participantStructureId(actor);
    const contract = await manager.findOne(CejContract, {
      where: { id: contractId, ...(scope ? { structureId: scope } : {}) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!contract) throw new NotFoundError(what);
    return contract;
  }

  /** Reads a contract in scope without locking it. */
  async find(manager: EntityManager, actor: Actor, contractId: string, what = 'Contrat'): Promise<CejContract> {
    const scope = participantStructureId(actor);
    if (!isUuid(contractId)) throw new NotFoundError(what);
    const contract = await manager.findOneBy(CejContract, { id: contractId, ...(scope ? { structureId: scope } : {}) });
    if (!contract) throw new NotFoundError(what);
    return contract;
  }

  checkVersion(contract: CejContract, version: number | undefined): void {
    if (version !== undefined && version !== contract.version) throw new ConflictError();
  }

  /** Planning, positioning, booklet and declarations are recorded on a signed contract (running or ended, for late entries). */
  assertSigned(contract: CejContract): void {
    if (contract.status === CejContractStatus.DRAFT) {
      throw new CejStateError('Le contrat est encore un brouillon : signez-le d’abord.', contract.status);
    }
  }

  assertRunning(contract: CejContract, action: string): void {
    if (!CEJ_RUNNING_STATUSES.includes(contract.status)) {
      throw new CejStateError(
        `Impossible de ${action} : le contrat est « ${CEJ_CONTRACT_STATUS_LABELS[contract.status]} ».`,
        contract.status,
      );
    }
  }

  /** Applies an allowed operation, records its event and traces it. The contract must have been locked. */
  async transition(
    manager: EntityManager,
    actor: Actor,
    contract: CejContract,
    kind: CejTransitionKind,
    options: CejTransitionOptions,
  ): Promise<CejContract> {
    const error = cejTransitionError(contract.status, kind);
    if (error) throw new CejStateError(error, contract.status);
    const to = CEJ_TRANSITIONS[kind].to;
    await manager
      .createQueryBuilder()
      .update(CejContract)
      .set({ ...(options.set ?? {}), status: to, statusChangedOn: options.on, version: () => 'version + 1' })
      .where('id = :id', { id: contract.id })
      .execute();
    await manager.insert(CejContractEvent, {
      contractId: contract.id,
      kind,
      fromStatus: contract.status,
      toStatus: to,
      effectiveOn: options.on,
      byUserId: actor.userId,
      byApiKeyId: actor.apiKeyId,
      reason: options.reason ?? null,
    });
    await recordParticipantEvent(
      this.audit,
      manager,
      actor,
      participantOf(contract),
      `cej.contract.${kind.toLowerCase()}`,
      {
        contractId: contract.id,
        from: contract.status,
        to,
        on: options.on,
        ...(options.details ?? {}),
      },
    );
    return manager.findOneByOrFail(CejContract, { id: contract.id });
  }

  /** Bumps the version of a contract changed without a change of state. */
  async touch(manager: EntityManager, contract: CejContract, set: Partial<CejContract>): Promise<CejContract> {
    await manager
      .createQueryBuilder()
      .update(CejContract)
      .set({ ...set, version: () => 'version + 1' })
      .where('id = :id', { id: contract.id })
      .execute();
    return manager.findOneByOrFail(CejContract, { id: contract.id });
  }

  record(
    manager: EntityManager,
    actor: Actor,
    contract: CejContract,
    action: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return recordParticipantEvent(this.audit, manager, actor, participantOf(contract), action, {
      contractId: contract.id,
      ...details,
    });
  }
}
