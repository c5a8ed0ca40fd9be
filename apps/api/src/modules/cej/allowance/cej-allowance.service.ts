import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addDays,
  addMonths,
  AllowanceMonth,
  CEJ_TERMINATING_BREACH_RANK,
  CejActionOutcome,
  CejContractStatus,
  CejExitReason,
  CejParameterValue,
  computeAllowanceMonth,
  coveredDaysInMonth,
  MissingParameterError,
  MONEY_PARAMETERS,
  monthEnd,
  monthStart,
  todayInParis,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { ConflictError, InputError } from '../../../core/graphql/errors';
import { uniqueViolation } from '../../../core/database/unique-violation';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { throwIfErrors } from '../cej-checks';
import { CejContractState } from '../contracts/cej-contract-state';
import { CejContract, CejSuspension } from '../contracts/cej-contract.entity';
import { CejContractsService } from '../contracts/cej-contracts.service';
import { CejAction } from '../planning/cej-action.entity';
import {
  DeclareCejIncomeInput,
  DecideCejTerminationInput,
  RecordCejBreachInput,
  RecordCejParameterInput,
} from './cej-allowance.dto';
import { CejBreach, CejIncomeDeclaration } from './cej-allowance.entity';
import { CejParameter } from './cej-parameter.entity';
import { saveNew, updateVersioned } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';

export interface AllowanceFacts {
  contract: CejContract;
  birthDate: string;
  declarations: CejIncomeDeclaration[];
  breaches: CejBreach[];
  suspensions: CejSuspension[];
  parameters: CejParameterValue[];
  today: string;
}

/**
 * Every month of a signed contract up to the current month (or its last month), each computed from the parameters
 * in force that month, the month's declaration, the days covered outside suspensions, and the month's breach.
 */
export function allowanceStatement(facts: AllowanceFacts): AllowanceMonth[] {
  const { contract } = facts;
  if (contract.status === CejContractStatus.DRAFT) return [];
  const lastDayOn = contract.endedOn ?? contract.endOn;
  const until = monthStart(lastDayOn < facts.today ? lastDayOn : facts.today);
  const spans = facts.suspensions.map((s) => ({ from: s.fromOn, to: s.resumedOn ? addDays(s.resumedOn, -1) : null }));
  const months: AllowanceMonth[] = [];
  for (let month = monthStart(contract.startOn); month <= until; month = addMonths(month, 1)) {
    const declaration = facts.declarations.find((d) => d.month === month);
    const ranks = facts.breaches.filter((b) => monthStart(b.occurredOn) === month).map((b) => b.rank);
    try {
      months.push(
        computeAllowanceMonth(
          {
            month,
            birthDate: facts.birthDate,
            taxBracket: declaration?.taxBracket ?? contract.householdTaxBracket,
            activityIncome: declaration?.activityIncome ?? null,
            fullDeductionIncome: declaration?.fullDeductionIncome ?? null,
            coveredDays: coveredDaysInMonth(month, { startOn: contract.startOn, lastDayOn }, spans),
            breachRank: ranks.length > 0 ? Math.max(...ranks) : null,
          },
          facts.parameters,
        ),
      );
    } catch (error) {
      if (error instanceof MissingParameterError) throw new InputError({ month: error.message }, error.message);
      throw error;
    }
  }
  return months;
}

/** Declarations, breaches and the allowance's dated parameters. */
@Injectable()
export class CejAllowanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: CejContractState,
    private readonly contracts: CejContractsService,
  ) {}

  async declare(actor: Actor, input: DeclareCejIncomeInput): Promise<CejIncomeDeclaration> {
    const month = monthStart(input.month);
    if (month > monthStart(todayInParis()))
      throw new InputError({ month: 'On ne déclare pas les ressources d’un mois à venir.' });
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.contractId);
      this.state.assertSigned(contract);
      const lastDayOn = contract.endedOn ?? contract.endOn;
      if (month < monthStart(contract.startOn) || month > monthStart(lastDayOn)) {
        throw new InputError({
          month: `Le mois doit être couvert par le contrat (du ${contract.startOn} au ${lastDayOn}).`,
        });
      }
      const values = {
        activityIncome: input.activityIncome,
        fullDeductionIncome: input.fullDeductionIncome ?? '0',
        taxBracket: input.taxBracket ?? contract.householdTaxBracket,
        declaredOn: todayInParis(),
        recordedByUserId: actor.userId,
      };
      const existing = await manager.findOneBy(CejIncomeDeclaration, { contractId: contract.id, month });
      if (existing) {
        if (input.version === undefined)
          throw new ConflictError(
            'Ce mois est déjà déclaré : rechargez la déclaration et renvoyez-la avec sa version pour la remplacer.',
          );
        await updateVersioned(manager, CejIncomeDeclaration, existing.id, input.version, { ...values });
      } else {
        await manager.insert(CejIncomeDeclaration, { ...values, contractId: contract.id, month });
      }
      await this.state.record(manager, actor, contract, 'cej.income.declared', { month });
      return manager.findOneByOrFail(CejIncomeDeclaration, { contractId: contract.id, month });
    });
  }

  /** A breach, ranked in the contract: the 1st and 2nd cut the month's allowance, the 3rd calls for a decision to end the contract. */
  async recordBreach(actor: Actor, input: RecordCejBreachInput): Promise<CejBreach> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.contractId);
      this.state.assertRunning(contract, 'enregistrer un manquement');
      let occurredOn = input.occurredOn ?? null;
      let actionId: string | null = null;
      if (input.actionId) {
        const action = isUuid(input.actionId)
          ? await manager.findOneBy(CejAction, { id: input.actionId, contractId: contract.id })
          : null;
        if (!action) throw new InputError({ actionId: 'Cette action n’appartient pas au planning du contrat.' });
        if (action.outcome !== CejActionOutcome.NOT_DONE_UNEXCUSED)
          throw new InputError({ actionId: 'Seule une absence injustifiée est un manquement.' });
        if (await manager.existsBy(CejBreach, { actionId: action.id }))
          throw new InputError({ actionId: 'Un manquement est déjà enregistré pour cette absence.' });
        actionId = action.id;
        occurredOn ??= action.date;
      }
      if (!occurredOn) throw new InputError({ occurredOn: 'Indiquez le jour du manquement ou l’action manquée.' });
      checkNotFuture('occurredOn', occurredOn);
      if (occurredOn < contract.startOn || occurredOn > contract.endOn)
        throw new InputError({
          occurredOn: `Le manquement a lieu pendant le contrat (du ${contract.startOn} au ${contract.endOn}).`,
        });
      const rank = (await manager.countBy(CejBreach, { contractId: contract.id })) + 1;
      const breach = await saveNew(manager, CejBreach, {
        contractId: contract.id,
        occurredOn,
        rank,
        actionId,
        note: input.note.trim(),
        recordedByUserId: actor.userId,
      });
      await this.state.record(manager, actor, contract, 'cej.breach.recorded', { breachId: breach.id, rank });
      return breach;
    });
  }

  /** Coordination only: the contract ends on the last day of the decision's month (effective the 1st of the next). */
  async decideTermination(actor: Actor, input: DecideCejTerminationInput): Promise<CejContract> {
    checkNotFuture('decidedOn', input.decidedOn, 'La décision ne peut pas être datée dans le futur.');
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.contractId);
      this.state.checkVersion(contract, input.version);
      this.state.assertRunning(contract, 'mettre fin au contrat');
      const third = await manager.findOneBy(CejBreach, { contractId: contract.id, rank: CEJ_TERMINATING_BREACH_RANK });
      if (!third)
        throw new InputError({ contractId: 'La fin pour manquements suppose un troisième manquement enregistré.' });
      const errors: Record<string, string> = {};
      if (input.heardOn < third.occurredOn)
        errors.heardOn = `Le ou la jeune est entendu·e après le troisième manquement (${third.occurredOn}).`;
      if (input.decidedOn < input.heardOn)
        errors.decidedOn = 'La décision suit le moment où le ou la jeune a pu s’expliquer.';
      throwIfErrors(errors);
      const lastDay = monthEnd(input.decidedOn) < contract.endOn ? monthEnd(input.decidedOn) : contract.endOn;
      return this.contracts.endLocked(
        manager,
        actor,
        contract,
        lastDay,
        CejExitReason.SANCTION,
        `${input.decision.trim()} (entendu·e le ${input.heardOn}, décision du ${input.decidedOn})`,
      );
    });
  }

  parameters(): Promise<CejParameter[]> {
    return this.dataSource.getRepository(CejParameter).find({ order: { key: 'ASC', validFrom: 'ASC' } });
  }

  /** Platform administration: a new dated value; the values already in force never change. */
  async recordParameter(actor: Actor, input: RecordCejParameterInput): Promise<CejParameter> {
    if (MONEY_PARAMETERS.includes(input.key) && !/^\d+(\.\d{1,2})?$/.test(input.value))
      throw new InputError({ value: 'Un montant en euros a au plus 2 décimales.' });
    try {
      const saved = await this.dataSource.getRepository(CejParameter).save({
        key: input.key,
        validFrom: input.validFrom,
        value: input.value,
        source: input.source.trim(),
        recordedByUserId: actor.userId,
      });
      return await this.dataSource.getRepository(CejParameter).findOneByOrFail({ id: saved.id });
    } catch (error) {
      if (uniqueViolation(error) !== null)
        throw new ConflictError(
          'Une valeur existe déjà pour ce paramètre à cette date : les valeurs passées ne se modifient pas, datez la nouvelle.',
        );
      throw error;
    }
  }
}
