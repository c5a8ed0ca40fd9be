import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CEJ_CONTRACT_STATUS_LABELS,
  CEJ_SUSPENSION_REASON_LABELS,
  CejContractStatus,
  cejEligibility,
  cejEndDate,
  CejExitReason,
  CejTransitionKind,
  EntrySituation,
  exitErrors,
  FseAnswer,
  initialDurationError,
  isExceptionalRenewal,
  POSITIVE_CEJ_EXIT_REASONS,
  Programme,
  renewalErrors,
  todayInParis,
} from '@passerelle/domain';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Actor } from '../../../core/auth/actor';
import { InputError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate, listQuery } from '../../../core/graphql/pagination';
import { findReachableParticipant, participantStructureId } from '../../participants/participant-access';
import { Participant } from '../../participants/participant.entity';
import { checkBranch, checkCounsellor, throwIfErrors } from '../cej-checks';
import { CejContractState, CejStateError } from './cej-contract-state';
import {
  CejContractFilter,
  CreateCejContractInput,
  EndCejContractInput,
  RenewCejContractInput,
  ResumeCejContractInput,
  SignCejContractInput,
  SuspendCejContractInput,
  UpdateCejContractInput,
} from './cej-contract.dto';
import { CejContract, CejRenewal, CejSuspension } from './cej-contract.entity';
import { saveNew, updateVersioned } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';

/** Contracts that are not over: at most one per young person. */
const OPEN_STATUSES = [CejContractStatus.DRAFT, CejContractStatus.ACTIVE, CejContractStatus.SUSPENDED];

/** A recognised disability (RQTH) opens the CEJ up to 29: from the entry situation or the FSE+ answer. */
export const hasRecognisedDisability = (participant: Participant): boolean =>
  participant.entrySituations.includes(EntrySituation.RQTH) || participant.fseDisability === FseAnswer.YES;

@Injectable()
export class CejContractsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: CejContractState,
  ) {}

  list(actor: Actor, page: PageArgs, filter: CejContractFilter = {}): Promise<Connection<CejContract>> {
    const query = listQuery(this.dataSource, CejContract, 'c', { startOn: 'DESC' }, participantStructureId(actor));
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.counsellorUserId)
      query.andWhere('c.counsellorUserId = :counsellor', { counsellor: filter.counsellorUserId });
    if (filter.branchId) query.andWhere('c.branchId = :branch', { branch: filter.branchId });
    if (filter.cohortId) query.andWhere('c.cohortId = :cohort', { cohort: filter.cohortId });
    if (filter.participantId) query.andWhere('c.participantId = :participant', { participant: filter.participantId });
    if (filter.runningOn)
      query.andWhere('c.startOn <= :day AND coalesce(c.endedOn, c.endOn) >= :day', { day: filter.runningOn });
    return paginate(query, page);
  }

  /** Reading a contract is reading the young person's file: it is traced. */
  async get(actor: Actor, id: string): Promise<CejContract> {
    const contract = await this.state.find(this.dataSource.manager, actor, id);
    await this.state.record(this.dataSource.manager, actor, contract, 'cej.contract.read');
    return contract;
  }

  async create(actor: Actor, input: CreateCejContractInput): Promise<CejContract> {
    const durationError = initialDurationError(input.initialMonths);
    if (durationError) throw new InputError({ initialMonths: durationError });
    return this.dataSource.transaction(async (manager) => {
      // Locking the participant serialises creations: at most one contract that is not over per person.
      const participant = await findReachableParticipant(manager, actor, input.participantId, true);
      if (participant.programme !== Programme.CEJ)
        throw new InputError({ participantId: 'Cette personne n’est pas suivie en CEJ.' });
      const current = await manager.findOneBy(CejContract, {
        participantId: participant.id,
        status: In(OPEN_STATUSES),
      });
      if (current)
        throw new InputError({
          participantId: `Cette personne a déjà un CEJ en cours (« ${CEJ_CONTRACT_STATUS_LABELS[current.status]} »).`,
        });
      await checkCounsellor(manager, participant.structureId, input.counsellorUserId);
      if (input.branchId) await checkBranch(manager, participant.structureId, input.branchId);
      const contract = await saveNew(manager, CejContract, {
        structureId: participant.structureId,
        participantId: participant.id,
        counsellorUserId: input.counsellorUserId,
        branchId: input.branchId ?? participant.branchId,
        cohortId: null,
        status: CejContractStatus.DRAFT,
        statusChangedOn: todayInParis(),
        startOn: input.startOn,
        initialMonths: input.initialMonths,
        endOn: cejEndDate(input.startOn, input.initialMonths),
        signedOn: null,
        ageAtSignature: null,
        householdTaxBracket: input.householdTaxBracket,
        endedOn: null,
        exitReason: null,
        exitPositive: null,
        exitComment: null,
        createdByUserId: actor.userId,
      });
      await this.state.record(manager, actor, contract, 'cej.contract.created');
      return contract;
    });
  }

  async update(actor: Actor, input: UpdateCejContractInput): Promise<CejContract> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.id);
      if (contract.status === CejContractStatus.ENDED)
        throw new CejStateError('Le contrat est terminé : il ne se modifie plus.', contract.status, 'id');
      const changes: Partial<CejContract> = {};
      if (input.startOn !== undefined || input.initialMonths !== undefined) {
        if (contract.status !== CejContractStatus.DRAFT) {
          throw new CejStateError(
            'Le début et la durée initiale ne changent plus après la signature : passez par un renouvellement.',
            contract.status,
            input.startOn !== undefined ? 'startOn' : 'initialMonths',
          );
        }
        const months = input.initialMonths ?? contract.initialMonths;
        const durationError = initialDurationError(months);
        if (durationError) throw new InputError({ initialMonths: durationError });
        changes.startOn = input.startOn ?? contract.startOn;
        changes.initialMonths = months;
        changes.endOn = cejEndDate(changes.startOn, months);
      }
      if (input.counsellorUserId !== undefined) {
        await checkCounsellor(manager, contract.structureId, input.counsellorUserId);
        changes.counsellorUserId = input.counsellorUserId;
      }
      if (input.branchId !== undefined) {
        if (input.branchId) await checkBranch(manager, contract.structureId, input.branchId);
        changes.branchId = input.branchId;
      }
      if (input.householdTaxBracket !== undefined) changes.householdTaxBracket = input.householdTaxBracket;
      await updateVersioned(manager, CejContract, contract.id, input.version, { ...changes });
      await this.state.record(manager, actor, contract, 'cej.contract.updated', { fields: Object.keys(changes) });
      return manager.findOneByOrFail(CejContract, { id: contract.id });
    });
  }

  /** The signature: eligibility on that day (age, recognised disability, not a student, registered jobseeker). */
  async sign(actor: Actor, input: SignCejContractInput): Promise<CejContract> {
    checkNotFuture('signedOn', input.signedOn, 'La signature ne peut pas être datée dans le futur.');
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.id);
      this.state.checkVersion(contract, input.version);
      const participant = await manager.findOneByOrFail(Participant, { id: contract.participantId });
      const transitionAllowed = contract.status === CejContractStatus.DRAFT;
      if (transitionAllowed && input.signedOn > contract.startOn) {
        throw new InputError({
          signedOn: `La signature intervient au plus tard le premier jour du contrat (${contract.startOn}).`,
        });
      }
      if (transitionAllowed) {
        const eligibility = cejEligibility({
          birthDate: participant.birthDate,
          signedOn: input.signedOn,
          disabilityRecognised: hasRecognisedDisability(participant),
          inEducation: input.inEducation,
          registeredJobseeker: input.registeredJobseeker,
        });
        if (!eligibility.eligible) {
          throw new InputError(
            eligibility.errors,
            `Signature refusée : ${Object.values(eligibility.errors).join(' ')}`,
          );
        }
        return this.state.transition(manager, actor, contract, CejTransitionKind.SIGN, {
          on: input.signedOn,
          set: { signedOn: input.signedOn, ageAtSignature: eligibility.age },
          details: { age: eligibility.age },
        });
      }
      return this.state.transition(manager, actor, contract, CejTransitionKind.SIGN, { on: input.signedOn });
    });
  }

  async suspend(actor: Actor, input: SuspendCejContractInput): Promise<CejContract> {
    checkNotFuture('fromOn', input.fromOn, 'La suspension se saisit quand elle commence : pas de date dans le futur.');
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.id);
      this.state.checkVersion(contract, input.version);
      const errors: Record<string, string> = {};
      if (input.fromOn < contract.startOn || input.fromOn > contract.endOn)
        errors.fromOn = `La suspension commence pendant le contrat (du ${contract.startOn} au ${contract.endOn}).`;
      else if (input.fromOn < contract.statusChangedOn)
        errors.fromOn = `La suspension ne peut pas précéder le dernier changement d’état (${contract.statusChangedOn}).`;
      if (input.expectedUntil && input.expectedUntil < input.fromOn)
        errors.expectedUntil = 'La reprise prévue ne peut pas précéder le début de la suspension.';
      if (input.reason === 'OTHER' && !input.note?.trim()) errors.note = 'Précisez le motif de la suspension.';
      if (contract.status === CejContractStatus.ACTIVE) throwIfErrors(errors);
      const suspended = await this.state.transition(manager, actor, contract, CejTransitionKind.SUSPEND, {
        on: input.fromOn,
        reason: [CEJ_SUSPENSION_REASON_LABELS[input.reason], input.note?.trim()].filter(Boolean).join(' — '),
        details: { reason: input.reason },
      });
      await manager.insert(CejSuspension, {
        contractId: contract.id,
        reason: input.reason,
        note: input.note?.trim() || null,
        fromOn: input.fromOn,
        expectedUntil: input.expectedUntil ?? null,
        resumedOn: null,
        byUserId: actor.userId,
      });
      return suspended;
    });
  }

  async resume(actor: Actor, input: ResumeCejContractInput): Promise<CejContract> {
    checkNotFuture('resumedOn', input.resumedOn, 'La reprise se saisit quand elle a lieu : pas de date dans le futur.');
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.id);
      this.state.checkVersion(contract, input.version);
      const open = await manager.findOneBy(CejSuspension, { contractId: contract.id, resumedOn: IsNull() });
      if (open && input.resumedOn <= open.fromOn)
        throw new InputError({ resumedOn: `La reprise vient après le début de la suspension (${open.fromOn}).` });
      const resumed = await this.state.transition(manager, actor, contract, CejTransitionKind.RESUME, {
        on: input.resumedOn,
      });
      if (open) await manager.update(CejSuspension, { id: open.id }, { resumedOn: input.resumedOn });
      return resumed;
    });
  }

  /** Coordination only (checked by the resolver): the commission's reasoned opinion and the new end date. */
  async renew(actor: Actor, input: RenewCejContractInput): Promise<CejContract> {
    checkNotFuture('commissionOn', input.commissionOn, 'La commission de suivi ne peut pas être datée dans le futur.');
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.id);
      this.state.checkVersion(contract, input.version);
      if (contract.status === CejContractStatus.ACTIVE) {
        const errors = renewalErrors({
          startOn: contract.startOn,
          currentEndOn: contract.endOn,
          newEndOn: input.newEndOn,
          commissionOn: input.commissionOn,
          opinion: input.opinion,
          exceptionalJustification: input.exceptionalJustification,
        });
        if (!errors.commissionOn && input.commissionOn > contract.endOn)
          errors.commissionOn = `La commission se tient avant la fin du contrat (${contract.endOn}).`;
        throwIfErrors(errors);
      }
      const exceptional = isExceptionalRenewal(contract.startOn, input.newEndOn);
      const renewed = await this.state.transition(manager, actor, contract, CejTransitionKind.RENEW, {
        on: input.commissionOn,
        reason: input.opinion.trim(),
        set: { endOn: input.newEndOn },
        details: { previousEndOn: contract.endOn, newEndOn: input.newEndOn, exceptional },
      });
      await manager.insert(CejRenewal, {
        contractId: contract.id,
        commissionOn: input.commissionOn,
        opinion: input.opinion.trim(),
        previousEndOn: contract.endOn,
        newEndOn: input.newEndOn,
        exceptional,
        exceptionalJustification: exceptional ? input.exceptionalJustification!.trim() : null,
        decidedByUserId: actor.userId,
      });
      return renewed;
    });
  }

  async end(actor: Actor, input: EndCejContractInput): Promise<CejContract> {
    checkNotFuture('endedOn', input.endedOn, 'La fin du contrat ne peut pas être datée dans le futur.');
    if (input.reason === CejExitReason.SANCTION) {
      throw new InputError({
        reason: 'La fin après un troisième manquement se décide avec `decideCejTermination` (coordination).',
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.state.lock(manager, actor, input.id);
      this.state.checkVersion(contract, input.version);
      return this.endLocked(manager, actor, contract, input.endedOn, input.reason, input.comment ?? null);
    });
  }

  /** Ends a locked contract (an exit recorded by hand, a lasting job, a decision after a third breach). */
  async endLocked(
    manager: EntityManager,
    actor: Actor,
    contract: CejContract,
    endedOn: string,
    reason: CejExitReason,
    comment: string | null,
  ): Promise<CejContract> {
    if (contract.status === CejContractStatus.ACTIVE || contract.status === CejContractStatus.SUSPENDED) {
      const errors = exitErrors({
        startOn: contract.startOn,
        endedOn,
        reason,
        comment,
        lastChangeOn: contract.statusChangedOn,
      });
      if (!errors.endedOn && endedOn > contract.endOn)
        errors.endedOn = `La fin ne peut pas dépasser le dernier jour prévu (${contract.endOn}) : renouvelez d’abord le contrat.`;
      throwIfErrors(errors);
    }
    const positive = POSITIVE_CEJ_EXIT_REASONS.includes(reason);
    // An open suspension stays as it is: the contract's last day bounds it.
    return this.state.transition(manager, actor, contract, CejTransitionKind.END, {
      on: endedOn,
      reason: comment?.trim() || null,
      set: { endedOn, exitReason: reason, exitPositive: positive, exitComment: comment?.trim() || null },
      details: { reason, positive },
    });
  }
}
