import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CejActionOutcome,
  CejMonthlyReturnStatus,
  monthEnd,
  monthStart,
  OperatorType,
  todayInParis,
} from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, InputError, NotFoundError } from '../../../core/graphql/errors';
import { uniqueViolation } from '../../../core/database/unique-violation';
import { requireStructureId } from '../../../core/tenancy/scope';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { Lot } from '../../markets/lots/lot.entity';
import { CejContractState } from '../contracts/cej-contract-state';
import { CejContract } from '../contracts/cej-contract.entity';
import { CejDigitalService } from '../digital/cej-digital.service';
import { CejAction } from '../planning/cej-action.entity';
import { CejPlanningService } from '../planning/cej-planning.service';
import { CejMonthlyReturn } from './cej-monthly-return.entity';
import {
  CejDigitalMonthlyTable,
  CejReceivedYoungPerson,
  RecordCejProviderSessionAttendanceInput,
  SaveCejMonthlyReturnInput,
  SubmitCejMonthlyReturnInput,
} from './cej-provider.dto';
import { RECEIVED_CONTRACTS_SQL, RECEIVED_YOUNG_PEOPLE_SQL } from './cej-provider.sql';

const LOCKED_MESSAGE = 'Ce retour est transmis à la Mission Locale : il ne se modifie plus.';

/**
 * The provider's side of the CEJ: a provider awarded a CEJ lot (convention signed) works for the young people it
 * receives through that lot, and only for them. Anything else is answered NOT_FOUND.
 */
@Injectable()
export class CejProviderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: CejContractState,
    private readonly digital: CejDigitalService,
    private readonly planning: CejPlanningService,
  ) {}

  /** The contracted lots of Missions Locales awarded to the caller's structure. */
  lots(actor: Actor): Promise<Lot[]> {
    return this.dataSource
      .getRepository(Lot)
      .createQueryBuilder('l')
      .innerJoin('structures', 'op', 'op.id = l."structureId"')
      .where('l."awardedStructureId" = :me AND l."conventionSignedOn" IS NOT NULL', { me: requireStructureId(actor) })
      .andWhere('op."operatorType" = :ml', { ml: OperatorType.MISSION_LOCALE })
      .orderBy('l.startsOn', 'DESC')
      .addOrderBy('l.id', 'ASC')
      .getMany();
  }

  async youngPeople(actor: Actor, lotId: string | null): Promise<CejReceivedYoungPerson[]> {
    if (lotId !== null && !isUuid(lotId)) throw new NotFoundError('Lot');
    return this.dataSource.query(RECEIVED_YOUNG_PEOPLE_SQL, [requireStructureId(actor), lotId]);
  }

  async youngPerson(actor: Actor, contractId: string, lotId: string): Promise<CejReceivedYoungPerson> {
    if (!isUuid(contractId) || !isUuid(lotId)) throw new NotFoundError('Jeune');
    const found = (await this.youngPeople(actor, lotId)).find((row) => row.contractId === contractId);
    if (!found) throw new NotFoundError('Jeune');
    return found;
  }

  recordSessionAttendance(actor: Actor, input: RecordCejProviderSessionAttendanceInput): Promise<CejAction> {
    return this.planning.recordOutcome(
      actor,
      {
        id: input.actionId,
        version: input.version,
        outcome: input.outcome ?? CejActionOutcome.PLANNED,
        doneHours: input.doneHours,
        note: input.note,
        lastingJob: false,
      },
      true,
    );
  }

  async saveReturn(actor: Actor, input: SaveCejMonthlyReturnInput): Promise<CejMonthlyReturn> {
    const month = monthStart(input.month);
    if (month > monthStart(todayInParis()))
      throw new InputError({ month: 'Le retour porte sur un mois commencé, pas sur un mois à venir.' });
    try {
      return await this.dataSource.transaction(async (manager) => {
        const contract = await this.lockReceived(manager, actor, input.contractId, input.lotId);
        if (contract.startOn > monthEnd(month) || (contract.endedOn ?? contract.endOn) < month)
          throw new InputError({ month: 'Le contrat du jeune ne court pas pendant ce mois.' });
        const existing = await manager.findOne(CejMonthlyReturn, {
          where: { lotId: input.lotId, contractId: contract.id, month },
          lock: { mode: 'pessimistic_write' },
        });
        const text = { progress: input.progress.trim(), difficulties: input.difficulties.trim() };
        let id: string;
        if (existing) {
          // Writing without the version read, or with an older one, would overwrite someone else's text.
          if (input.version !== existing.version) throw new ConflictError();
          if (existing.status === CejMonthlyReturnStatus.SUBMITTED) throw new InputError({ month: LOCKED_MESSAGE });
          const result = await manager
            .createQueryBuilder()
            .update(CejMonthlyReturn)
            .set({ ...text, authorUserId: actor.userId, version: () => 'version + 1' })
            .where('id = :id AND version = :version', { id: existing.id, version: input.version })
            .execute();
          if (result.affected !== 1) throw new ConflictError();
          id = existing.id;
        } else {
          if (input.version !== undefined) throw new ConflictError();
          id = (
            await manager.save(
              CejMonthlyReturn,
              manager.create(CejMonthlyReturn, {
                ...text,
                contractId: contract.id,
                lotId: input.lotId,
                structureId: contract.structureId,
                providerStructureId: requireStructureId(actor),
                month,
                status: CejMonthlyReturnStatus.DRAFT,
                authorUserId: actor.userId,
              }),
            )
          ).id;
        }
        await this.state.record(manager, actor, contract, 'cej.monthly-return.saved', {
          returnId: id,
          lotId: input.lotId,
          month,
        });
        return manager.findOneByOrFail(CejMonthlyReturn, { id });
      });
    } catch (error) {
      // Two first saves of the same month at once: the second one is a stale edit.
      if (uniqueViolation(error) !== null) throw new ConflictError();
      throw error;
    }
  }

  async submitReturn(actor: Actor, input: SubmitCejMonthlyReturnInput): Promise<CejMonthlyReturn> {
    return this.dataSource.transaction(async (manager) => {
      const found = isUuid(input.id)
        ? await manager.findOneBy(CejMonthlyReturn, { id: input.id, providerStructureId: requireStructureId(actor) })
        : null;
      if (!found) throw new NotFoundError('Retour mensuel');
      const contract = await this.lockReceived(manager, actor, found.contractId, found.lotId, 'Retour mensuel');
      const current = await manager.findOneOrFail(CejMonthlyReturn, {
        where: { id: found.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (current.version !== input.version) throw new ConflictError();
      if (current.status === CejMonthlyReturnStatus.SUBMITTED) throw new InputError({ id: LOCKED_MESSAGE });
      if (!current.progress && !current.difficulties)
        throw new InputError({ progress: 'Écrivez les progrès ou les difficultés du mois avant de transmettre.' });
      await manager
        .createQueryBuilder()
        .update(CejMonthlyReturn)
        .set({
          status: CejMonthlyReturnStatus.SUBMITTED,
          submittedAt: () => 'now()',
          submittedByUserId: actor.userId,
          version: () => 'version + 1',
        })
        .where('id = :id', { id: current.id })
        .execute();
      await this.state.record(manager, actor, contract, 'cej.monthly-return.submitted', {
        returnId: current.id,
        lotId: current.lotId,
        month: current.month,
      });
      return manager.findOneByOrFail(CejMonthlyReturn, { id: current.id });
    });
  }

  /** The monthly digital table of one of the provider's lots: the young people it receives through it, its workshops. */
  async monthlyTable(actor: Actor, lotId: string, month: string): Promise<CejDigitalMonthlyTable> {
    const lot = (await this.lots(actor)).find((l) => l.id === lotId);
    if (!lot) throw new NotFoundError('Lot');
    const received: { contractId: string }[] = await this.dataSource.query(RECEIVED_CONTRACTS_SQL, [
      requireStructureId(actor),
      lot.id,
      null,
    ]);
    return this.digital.monthlyTable({
      structureId: lot.structureId,
      month,
      branchId: null,
      contractIds: received.map((row) => row.contractId),
      lotId: lot.id,
    });
  }

  /** The contract of a young person the caller receives through this lot, locked; NOT_FOUND otherwise. */
  private async lockReceived(
    manager: EntityManager,
    actor: Actor,
    contractId: string,
    lotId: string,
    what = 'Jeune',
  ): Promise<CejContract> {
    if (!isUuid(contractId) || !isUuid(lotId) || !actor.structureId) throw new NotFoundError(what);
    const rows: unknown[] = await manager.query(RECEIVED_CONTRACTS_SQL, [actor.structureId, lotId, contractId]);
    if (rows.length === 0) throw new NotFoundError(what);
    return this.state.lock(manager, actor, contractId, what, true);
  }
}
