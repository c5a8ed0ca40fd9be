import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CejActionKind,
  CejActionOutcome,
  CejCohortPeriod,
  CejContractStatus,
  cohortDateErrors,
  todayInParis,
} from '@passerelle/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { InputError, NotFoundError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate, listQuery } from '../../../core/graphql/pagination';
import { requireStructureId } from '../../../core/tenancy/scope';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { participantStructureId } from '../../participants/participant-access';
import { checkBranch, checkContractedLot, checkCounsellor, throwIfErrors } from '../cej-checks';
import { CejContractState } from '../contracts/cej-contract-state';
import { CejContract } from '../contracts/cej-contract.entity';
import {
  AddCejCohortMembersInput,
  AddCejCohortSessionInput,
  CejCohortFilter,
  CreateCejCohortInput,
  RemoveCejCohortMemberInput,
  UpdateCejCohortInput,
} from './cej-cohort.dto';
import { CejCohort, CejCohortSession } from './cej-cohort.entity';
import { saveNew, updateVersioned } from '../../../core/database/writes';

/**
 * Gives every member the promo's workshop days as planned actions (once each: the unique key on contract and session
 * makes it idempotent). $1 cohort id, $2 contract ids or null for all members, $3 the user.
 */
const SYNC_SESSIONS_SQL = `
INSERT INTO cej_actions ("contractId", date, kind, title, organisation, "plannedHours", outcome, "lastingJob", "cohortSessionId", "createdByUserId", version)
SELECT c.id, s.date, '${CejActionKind.WORKSHOP}', s.title, coalesce(p.name, s.provider), s.hours, '${CejActionOutcome.PLANNED}', false, s.id, $3::uuid, 1
FROM cej_cohort_sessions s JOIN cej_contracts c ON c."cohortId" = s."cohortId"
  LEFT JOIN lots l ON l.id = s."lotId" LEFT JOIN structures p ON p.id = l."awardedStructureId"
WHERE s."cohortId" = $1 AND ($2::uuid[] IS NULL OR c.id = ANY($2::uuid[]))
  AND s.date BETWEEN c."startOn" AND coalesce(c."endedOn", c."endOn")
ON CONFLICT ("contractId", "cohortSessionId") DO NOTHING`;

@Injectable()
export class CejCohortsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: CejContractState,
    private readonly auditService: AuditService,
  ) {}

  list(actor: Actor, page: PageArgs, filter: CejCohortFilter = {}): Promise<Connection<CejCohort>> {
    const query = listQuery(this.dataSource, CejCohort, 'k', { startsOn: 'DESC' }, participantStructureId(actor));
    if (filter.activeOn) query.andWhere('k.startsOn <= :day AND k.endsOn >= :day', { day: filter.activeOn });
    if (filter.counsellorUserId)
      query.andWhere('k.counsellorUserId = :counsellor', { counsellor: filter.counsellorUserId });
    if (filter.branchId) query.andWhere('k.branchId = :branch', { branch: filter.branchId });
    if (filter.period === CejCohortPeriod.RUNNING)
      query.andWhere('k.startsOn <= :today AND k.endsOn >= :today', { today: todayInParis() });
    if (filter.period === CejCohortPeriod.PAST) query.andWhere('k.endsOn < :today', { today: todayInParis() });
    if (filter.period === CejCohortPeriod.UPCOMING) query.andWhere('k.startsOn > :today', { today: todayInParis() });
    return paginate(query, page);
  }

  async get(actor: Actor, id: string): Promise<CejCohort> {
    return this.find(this.dataSource.manager, actor, id);
  }

  async create(actor: Actor, input: CreateCejCohortInput): Promise<CejCohort> {
    const structureId = requireStructureId(actor);
    throwIfErrors(cohortDateErrors(input.startsOn, input.endsOn));
    return this.dataSource.transaction(async (manager) => {
      await checkCounsellor(manager, structureId, input.counsellorUserId);
      if (input.branchId) await checkBranch(manager, structureId, input.branchId);
      const cohort = await saveNew(manager, CejCohort, {
        structureId,
        name: input.name.trim(),
        branchId: input.branchId ?? null,
        counsellorUserId: input.counsellorUserId,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        location: input.location?.trim() || null,
      });
      await this.audit(manager, actor, cohort, 'cej.cohort.created');
      return cohort;
    });
  }

  async update(actor: Actor, input: UpdateCejCohortInput): Promise<CejCohort> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.find(manager, actor, input.id, true);
      const changes: Partial<CejCohort> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.location !== undefined) changes.location = input.location?.trim() || null;
      if (input.counsellorUserId !== undefined) {
        await checkCounsellor(manager, cohort.structureId, input.counsellorUserId);
        changes.counsellorUserId = input.counsellorUserId;
      }
      if (input.branchId !== undefined) {
        if (input.branchId) await checkBranch(manager, cohort.structureId, input.branchId);
        changes.branchId = input.branchId;
      }
      if (input.startsOn !== undefined || input.endsOn !== undefined) {
        changes.startsOn = input.startsOn ?? cohort.startsOn;
        changes.endsOn = input.endsOn ?? cohort.endsOn;
        throwIfErrors(cohortDateErrors(changes.startsOn, changes.endsOn));
        const outside = await manager
          .createQueryBuilder(CejCohortSession, 's')
          .where('s.cohortId = :id AND (s.date < :from OR s.date > :to)', {
            id: cohort.id,
            from: changes.startsOn,
            to: changes.endsOn,
          })
          .getCount();
        if (outside > 0)
          throw new InputError({
            startsOn: 'Des journées d’atelier tomberaient hors des nouvelles dates de la promo.',
          });
      }
      await updateVersioned(manager, CejCohort, cohort.id, input.version, { ...changes });
      await this.audit(manager, actor, cohort, 'cej.cohort.updated', { fields: Object.keys(changes) });
      return manager.findOneByOrFail(CejCohort, { id: cohort.id });
    });
  }

  async addSession(actor: Actor, input: AddCejCohortSessionInput): Promise<CejCohortSession> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.find(manager, actor, input.cohortId, true);
      if (input.date < cohort.startsOn || input.date > cohort.endsOn)
        throw new InputError({
          date: `La journée a lieu pendant la promo (du ${cohort.startsOn} au ${cohort.endsOn}).`,
        });
      const lot = input.lotId ? await checkContractedLot(manager, cohort.structureId, input.lotId) : null;
      const session = await saveNew(manager, CejCohortSession, {
        cohortId: cohort.id,
        date: input.date,
        title: input.title.trim(),
        lotId: lot?.id ?? null,
        provider: lot ? null : input.provider?.trim() || null,
        hours: input.hours,
      });
      await manager.query(SYNC_SESSIONS_SQL, [cohort.id, null, actor.userId]);
      await this.audit(manager, actor, cohort, 'cej.cohort.session.added', { sessionId: session.id });
      return session;
    });
  }

  async addMembers(actor: Actor, input: AddCejCohortMembersInput): Promise<CejCohort> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.find(manager, actor, input.cohortId, true);
      const ids = [...new Set(input.contractIds)];
      const errors: Record<string, string> = {};
      const contracts = await manager.find(CejContract, {
        where: { id: In(ids.filter(isUuid)), structureId: cohort.structureId },
        lock: { mode: 'pessimistic_write' },
      });
      ids.forEach((id, index) => {
        const contract = contracts.find((c) => c.id === id);
        if (!contract) errors[`contractIds.${index}`] = 'Contrat introuvable dans la structure.';
        else if (contract.status !== CejContractStatus.ACTIVE)
          errors[`contractIds.${index}`] = 'Seul un contrat signé et en cours rejoint une promo.';
        else if (contract.cohortId && contract.cohortId !== cohort.id)
          errors[`contractIds.${index}`] = 'Ce contrat est déjà dans une autre promo : retirez-le d’abord.';
        else if (contract.startOn > cohort.endsOn || (contract.endedOn ?? contract.endOn) < cohort.startsOn)
          errors[`contractIds.${index}`] = 'Le contrat ne court pas pendant la promo.';
      });
      throwIfErrors(errors);
      await manager.update(CejContract, { id: In(ids) }, { cohortId: cohort.id });
      await manager.query(SYNC_SESSIONS_SQL, [cohort.id, ids, actor.userId]);
      for (const contract of contracts)
        await this.state.record(manager, actor, contract, 'cej.cohort.joined', { cohortId: cohort.id });
      return cohort;
    });
  }

  async removeMember(actor: Actor, input: RemoveCejCohortMemberInput): Promise<CejCohort> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.find(manager, actor, input.cohortId, true);
      const contract = await this.state.lock(manager, actor, input.contractId);
      if (contract.cohortId !== cohort.id)
        throw new InputError({ contractId: 'Ce contrat n’est pas dans cette promo.' });
      await manager.update(CejContract, { id: contract.id }, { cohortId: null });
      // The workshop days still to come leave the planning; those already recorded stay (they count in attendance).
      await manager.query(
        `DELETE FROM cej_actions a USING cej_cohort_sessions s WHERE a."cohortSessionId" = s.id AND s."cohortId" = $1 AND a."contractId" = $2 AND a.outcome = '${CejActionOutcome.PLANNED}'`,
        [cohort.id, contract.id],
      );
      await this.state.record(manager, actor, contract, 'cej.cohort.left', { cohortId: cohort.id });
      return cohort;
    });
  }

  private async find(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<CejCohort> {
    const scope = participantStructureId(actor);
    if (!isUuid(id)) throw new NotFoundError('Promo');
    const cohort = await manager.findOne(CejCohort, {
      where: { id, ...(scope ? { structureId: scope } : {}) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!cohort) throw new NotFoundError('Promo');
    return cohort;
  }

  private audit(
    manager: EntityManager,
    actor: Actor,
    cohort: CejCohort,
    action: string,
    details: Record<string, unknown> = {},
  ) {
    return this.auditService.recordOn(manager, actor, action, 'CejCohort', cohort.id, cohort.structureId, details);
  }
}
