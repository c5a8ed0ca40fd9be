import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CEJ_RUNNING_STATUSES,
  CejActionKind,
  CejActionOutcome,
  CejExitReason,
  DONE_OUTCOMES,
  doneHoursFor,
  hoursToMinutes,
  overfullDayMessage,
  todayInParis,
} from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, InputError, NotFoundError } from '../../../core/graphql/errors';
import { throwIfErrors } from '../cej-checks';
import { CejContractState, receivingLotIds } from '../contracts/cej-contract-state';
import { CejCohortSession } from '../cohorts/cej-cohort.entity';
import { CejContract } from '../contracts/cej-contract.entity';
import { CejContractsService } from '../contracts/cej-contracts.service';
import { AddCejActionsInput, RecordCejActionOutcomeInput, UpdateCejActionInput } from './cej-action.dto';
import { CejAction } from './cej-action.entity';
import { updateVersioned } from '../../../core/database/writes';
import { findOrNotFound } from '../../../core/database/find';

const lastDayOf = (contract: CejContract) => contract.endedOn ?? contract.endOn;

/** The weekly planning: actions planned with their hours, then marked done, not done or partly done. */
@Injectable()
export class CejPlanningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: CejContractState,
    private readonly contracts: CejContractsService,
  ) {}

  async add(actor: Actor, input: AddCejActionsInput): Promise<CejAction[]> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.contractId);
      this.state.assertSigned(contract);
      const errors: Record<string, string> = {};
      input.actions.forEach((action, index) => {
        if (action.date < contract.startOn || action.date > lastDayOf(contract)) {
          errors[`actions.${index}.date`] =
            `L’action doit avoir lieu pendant le contrat (du ${contract.startOn} au ${lastDayOf(contract)}).`;
        }
      });
      throwIfErrors(errors);
      await this.checkDaysFit(
        manager,
        contract,
        input.actions.map((action, index) => ({ field: `actions.${index}.plannedHours`, ...action })),
      );
      const rows = input.actions.map((action) =>
        manager.create(CejAction, {
          contractId: contract.id,
          date: action.date,
          kind: action.kind,
          title: action.title.trim(),
          organisation: action.organisation?.trim() || null,
          plannedHours: action.plannedHours,
          outcome: CejActionOutcome.PLANNED,
          doneHours: null,
          outcomeNote: null,
          lastingJob: false,
          objective: action.objective?.trim() || null,
          selfEvaluation: null,
          selfEvaluationNote: null,
          cohortSessionId: null,
          createdByUserId: actor.userId,
        }),
      );
      const saved = await manager.save(CejAction, rows);
      await this.state.record(manager, actor, contract, 'cej.actions.planned', { count: saved.length });
      return saved.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    });
  }

  async update(actor: Actor, input: UpdateCejActionInput): Promise<CejAction> {
    return this.dataSource.transaction(async (manager) => {
      const { action, contract } = await this.lockAction(manager, actor, input.id);
      const changes: Partial<CejAction> = {};
      const planning = (['date', 'kind', 'plannedHours'] as const).filter(
        (field) => input[field] !== undefined && input[field] !== action[field],
      );
      if (planning.length > 0 && action.outcome !== CejActionOutcome.PLANNED) {
        throw new InputError({
          [planning[0]]:
            'La réalisation est déjà saisie : remettez l’action à « Prévue » pour changer son jour, son type ou ses heures.',
        });
      }
      if (input.date !== undefined) {
        if (input.date < contract.startOn || input.date > lastDayOf(contract))
          throw new InputError({
            date: `L’action doit avoir lieu pendant le contrat (du ${contract.startOn} au ${lastDayOf(contract)}).`,
          });
        changes.date = input.date;
      }
      if (input.kind !== undefined) changes.kind = input.kind;
      if (input.plannedHours !== undefined) changes.plannedHours = input.plannedHours;
      if (changes.date !== undefined || changes.plannedHours !== undefined) {
        const moved = { date: changes.date ?? action.date, plannedHours: changes.plannedHours ?? action.plannedHours };
        await this.checkDaysFit(manager, contract, [{ field: 'plannedHours', ...moved }], action.id);
      }
      if (input.title !== undefined) changes.title = input.title.trim();
      for (const field of ['organisation', 'objective', 'selfEvaluationNote'] as const) {
        if (input[field] !== undefined) changes[field] = input[field]?.trim() || null;
      }
      if (input.selfEvaluation !== undefined) changes.selfEvaluation = input.selfEvaluation;
      const updated = await this.save(manager, action, input.version, changes);
      await this.state.record(manager, actor, contract, 'cej.action.updated', {
        actionId: action.id,
        fields: Object.keys(changes),
      });
      return updated;
    });
  }

  /** Marks an action done, partly done or not done. A lasting job ends the contract on that day. */
  async recordOutcome(actor: Actor, input: RecordCejActionOutcomeInput, asProvider = false): Promise<CejAction> {
    return this.dataSource.transaction(async (manager) => {
      const { action, contract } = await this.lockAction(manager, actor, input.id, asProvider);
      if (input.outcome !== CejActionOutcome.PLANNED && action.date > todayInParis()) {
        throw new InputError({ outcome: `La réalisation se saisit à partir du jour de l’action (${action.date}).` });
      }
      const { doneHours, error } = doneHoursFor(input.outcome, action.plannedHours, input.doneHours);
      if (error) throw new InputError({ doneHours: error });
      const lastingJob = input.lastingJob === true;
      if (lastingJob && (action.kind !== CejActionKind.JOB || !DONE_OUTCOMES.includes(input.outcome))) {
        throw new InputError({ lastingJob: 'Seul un emploi réalisé peut être déclaré emploi durable.' });
      }
      const updated = await this.save(manager, action, input.version, {
        outcome: input.outcome,
        doneHours,
        outcomeNote: input.note?.trim() || null,
        lastingJob,
        ...(input.outcome !== action.outcome
          ? { breachDismissedAt: null, breachDismissalNote: null, breachDismissedByUserId: null }
          : {}),
      });
      await this.state.record(manager, actor, contract, 'cej.action.outcome', {
        actionId: action.id,
        outcome: input.outcome,
        lastingJob,
      });
      if (lastingJob && CEJ_RUNNING_STATUSES.includes(contract.status)) {
        // Taking a lasting job ends the contract: the young person leaves the CEJ.
        const endedOn = action.date < contract.statusChangedOn ? contract.statusChangedOn : action.date;
        await this.contracts.endLocked(
          manager,
          actor,
          contract,
          endedOn,
          CejExitReason.LASTING_JOB,
          `Embauche : ${action.title}${action.organisation ? ` (${action.organisation})` : ''}`,
        );
      }
      return updated;
    });
  }

  async remove(actor: Actor, id: string, version: number): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { action, contract } = await this.lockAction(manager, actor, id);
      if (action.outcome !== CejActionOutcome.PLANNED)
        throw new InputError({
          id: 'Une action dont la réalisation est saisie ne se supprime pas : elle compte dans l’assiduité.',
        });
      const result = await manager.delete(CejAction, { id: action.id, version });
      if (result.affected !== 1) throw new ConflictError();
      await this.state.record(manager, actor, contract, 'cej.action.deleted', { actionId: action.id });
      return true;
    });
  }

  /**
   * The action and its contract, locked; an action of another structure's contract is "not found". A provider reaches
   * only the promo workshop days paid by one of its contracted lots, for the young people it receives.
   */
  private async lockAction(
    manager: EntityManager,
    actor: Actor,
    id: string,
    asProvider = false,
  ): Promise<{ action: CejAction; contract: CejContract }> {
    const action = await findOrNotFound(manager, CejAction, { id }, 'Action');
    if (asProvider) {
      const session = action.cohortSessionId
        ? await manager.findOneBy(CejCohortSession, { id: action.cohortSessionId })
        : null;
      const lots = session?.lotId ? await receivingLotIds(manager, actor, action.contractId) : [];
      if (!session?.lotId || !lots.includes(session.lotId)) throw new NotFoundError('Action');
    }
    const contract = await this.state.lock(manager, actor, action.contractId, 'Action', asProvider);
    return { action, contract };
  }

  /**
   * A day has 24 hours: the young person's actions on one day (all their contracts; an action counts its planned hours
   * until its outcome is recorded, then its done hours, never more) fit in it with the new or moved ones. Recording an
   * outcome never adds hours, so only planning is checked. The contract is locked by the caller.
   */
  private async checkDaysFit(
    manager: EntityManager,
    contract: CejContract,
    actions: { field: string; date: string; plannedHours: number }[],
    exceptActionId: string | null = null,
  ): Promise<void> {
    const dates = [...new Set(actions.map((action) => action.date))];
    const rows: { date: string; minutes: number }[] = await manager.query(
      `SELECT a.date::text AS date,
              round(sum(CASE WHEN a.outcome = '${CejActionOutcome.PLANNED}' THEN a."plannedHours" ELSE coalesce(a."doneHours", 0) END) * 60)::int AS minutes
       FROM cej_actions a JOIN cej_contracts c ON c.id = a."contractId"
       WHERE c."participantId" = $1 AND a.date = ANY ($2::date[]) AND a.id IS DISTINCT FROM $3::uuid
       GROUP BY a.date`,
      [contract.participantId, dates, exceptActionId],
    );
    const totals = new Map(rows.map((row) => [row.date, row.minutes]));
    const errors: Record<string, string> = {};
    for (const action of actions) {
      const total = (totals.get(action.date) ?? 0) + hoursToMinutes(action.plannedHours);
      totals.set(action.date, total);
      const message = overfullDayMessage('YOUNG_PERSON', action.date, total);
      if (message) errors[action.field] = message;
    }
    throwIfErrors(errors);
  }

  private async save(
    manager: EntityManager,
    action: CejAction,
    version: number,
    changes: Partial<CejAction>,
  ): Promise<CejAction> {
    await updateVersioned(manager, CejAction, action.id, version, { ...changes });
    return manager.findOneByOrFail(CejAction, { id: action.id });
  }
}
