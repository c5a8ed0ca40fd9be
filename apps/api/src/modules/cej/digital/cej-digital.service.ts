import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CejContractStatus,
  DigitalPlanItemStatus,
  monthStart,
  pixCompetence,
  pixScoreErrors,
  WorkshopAttendance,
} from '@passerelle/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { InputError, NotFoundError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate, listQuery } from '../../../core/graphql/pagination';
import { requireStructureId } from '../../../core/tenancy/scope';
import { uniqueViolation } from '../../../core/database/unique-violation';
import { isUuid } from '../../../core/validation/calendar-date.validator';
import { participantStructureId } from '../../participants/participant-access';
import { checkBranch, checkContractedLot, throwIfErrors } from '../cej-checks';
import { CejContractState, receivingLotIds } from '../contracts/cej-contract-state';
import { CejContract } from '../contracts/cej-contract.entity';
import {
  CejDigitalMonthlyReport,
  CreateCejDigitalWorkshopInput,
  EnrolInCejDigitalWorkshopInput,
  RecordCejDigitalCertificationInput,
  RecordCejPixDiagnosticInput,
  RecordCejWorkshopAttendanceInput,
  SaveCejDigitalPlanItemInput,
  SetCejContractDigitalLotInput,
} from './cej-digital.dto';
import { CejDigitalMonthlyTable } from '../provider/cej-provider.dto';
import { DIGITAL_MONTHLY_ROWS_SQL } from '../provider/cej-provider.sql';
import {
  CejDigitalCertification,
  CejDigitalEnrolment,
  CejDigitalPlanItem,
  CejDigitalWorkshop,
  CejPixDiagnostic,
  CejPixScore,
} from './cej-digital.entity';
import { saveNew, updateVersioned } from '../../../core/database/writes';
import { checkNotFuture } from '../../../core/validation/dates';
import { findOrNotFound } from '../../../core/database/find';

/**
 * The monthly reporting table of the digital path (seed 004), in one SQL statement.
 * $1 structure, $2 first day of the month, $3 branch or null; on a provider's side, $4 the contracts it receives
 * through its lot and $5 that lot (its workshops only); both null for the operator.
 */
export const DIGITAL_MONTHLY_REPORT_SQL = `
WITH b AS (SELECT $2::date AS m0, (($2::date + interval '1 month')::date - 1) AS m1),
running AS (
  SELECT c.id FROM cej_contracts c, b
  WHERE c."structureId" = $1 AND c.status <> '${CejContractStatus.DRAFT}' AND c."startOn" <= b.m1 AND coalesce(c."endedOn", c."endOn") >= b.m0
    AND ($3::uuid IS NULL OR c."branchId" = $3::uuid) AND ($4::uuid[] IS NULL OR c.id = ANY($4::uuid[]))
),
w AS (
  SELECT w.id, w.hours FROM cej_digital_workshops w, b
  WHERE w."structureId" = $1 AND w.date BETWEEN b.m0 AND b.m1 AND ($3::uuid IS NULL OR w."branchId" = $3::uuid)
    AND ($5::uuid IS NULL OR w."lotId" = $5::uuid)
)
SELECT
  (SELECT count(*) FROM running)::int AS "runningContracts",
  (SELECT count(*) FROM running r WHERE EXISTS (SELECT 1 FROM cej_pix_diagnostics d, b WHERE d."contractId" = r.id AND d.date <= b.m1))::int AS "diagnosedContracts",
  (SELECT count(*) FROM cej_pix_diagnostics d JOIN running r ON r.id = d."contractId", b WHERE d.date BETWEEN b.m0 AND b.m1)::int AS "diagnosticsInMonth",
  (SELECT count(*) FROM running r WHERE EXISTS (SELECT 1 FROM cej_digital_plan_items p WHERE p."contractId" = r.id))::int AS "contractsWithPlan",
  (SELECT count(*) FROM w)::int AS "workshopsInMonth",
  (SELECT count(*) FROM cej_digital_enrolments e JOIN w ON w.id = e."workshopId")::int AS "enrolmentsInMonth",
  (SELECT count(*) FROM cej_digital_enrolments e JOIN w ON w.id = e."workshopId" WHERE e.attendance = '${WorkshopAttendance.ATTENDED}')::int AS "attendancesInMonth",
  (SELECT coalesce(sum(w.hours), 0) FROM cej_digital_enrolments e JOIN w ON w.id = e."workshopId" WHERE e.attendance = '${WorkshopAttendance.ATTENDED}')::float AS "attendedHoursInMonth",
  (SELECT count(*) FROM cej_digital_certifications k JOIN cej_contracts c ON c.id = k."contractId", b
    WHERE c."structureId" = $1 AND ($3::uuid IS NULL OR c."branchId" = $3::uuid) AND ($4::uuid[] IS NULL OR c.id = ANY($4::uuid[]))
      AND k."obtainedOn" BETWEEN b.m0 AND b.m1)::int AS "certificationsInMonth"`;

/** Whose monthly table: an operator's structure (a branch at need), or the young people a provider receives via a lot. */
export interface DigitalTableScope {
  structureId: string;
  month: string;
  branchId: string | null;
  contractIds: string[] | null;
  lotId: string | null;
}

/** The digital path: Pix diagnostics, the individual action plan, collective workshops, certifications. */
@Injectable()
export class CejDigitalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly state: CejContractState,
    private readonly audit: AuditService,
  ) {}

  async recordDiagnostic(
    actor: Actor,
    input: RecordCejPixDiagnosticInput,
    asProvider = false,
  ): Promise<CejPixDiagnostic> {
    checkNotFuture('date', input.date);
    throwIfErrors(pixScoreErrors(input.scores));
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.lockSigned(manager, actor, input.contractId, asProvider);
      const diagnostic = await saveNew(manager, CejPixDiagnostic, {
        contractId: contract.id,
        date: input.date,
        note: input.note?.trim() || null,
        recordedByUserId: actor.userId,
        scores: input.scores.map((s) => manager.create(CejPixScore, { competence: s.competence, pix: s.pix })),
      });
      await this.state.record(manager, actor, contract, 'cej.digital.diagnostic.recorded', {
        diagnosticId: diagnostic.id,
      });
      return manager.findOneOrFail(CejPixDiagnostic, { where: { id: diagnostic.id }, relations: { scores: true } });
    });
  }

  async savePlanItem(
    actor: Actor,
    input: SaveCejDigitalPlanItemInput,
    asProvider = false,
  ): Promise<CejDigitalPlanItem> {
    if (input.competence && !pixCompetence(input.competence))
      throw new InputError({ competence: 'Compétence Pix inconnue (1.1 à 5.2).' });
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.lockSigned(manager, actor, input.contractId, asProvider);
      const values = {
        competence: input.competence ?? null,
        objective: input.objective.trim(),
        dueOn: input.dueOn ?? null,
        ...(input.status ? { status: input.status } : {}),
      };
      let id: string;
      if (input.id) {
        const existing = isUuid(input.id)
          ? await manager.findOneBy(CejDigitalPlanItem, { id: input.id, contractId: contract.id })
          : null;
        if (!existing) throw new NotFoundError('Objectif du plan numérique');
        if (input.version === undefined)
          throw new InputError({ version: 'La version lue est obligatoire pour modifier cet objectif.' });
        await updateVersioned(manager, CejDigitalPlanItem, existing.id, input.version, { ...values });
        id = existing.id;
      } else {
        id = (
          await saveNew(manager, CejDigitalPlanItem, {
            status: DigitalPlanItemStatus.PLANNED,
            ...values,
            contractId: contract.id,
          })
        ).id;
      }
      await this.state.record(manager, actor, contract, 'cej.digital.plan.saved', { itemId: id });
      return manager.findOneByOrFail(CejDigitalPlanItem, { id });
    });
  }

  listWorkshops(
    actor: Actor,
    page: PageArgs,
    filter: { from?: string; to?: string; branchId?: string } = {},
  ): Promise<Connection<CejDigitalWorkshop>> {
    const query = listQuery(this.dataSource, CejDigitalWorkshop, 'w', { date: 'DESC' }, participantStructureId(actor));
    if (filter.from) query.andWhere('w.date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('w.date <= :to', { to: filter.to });
    if (filter.branchId) query.andWhere('w.branchId = :branch', { branch: filter.branchId });
    return paginate(query, page);
  }

  async createWorkshop(actor: Actor, input: CreateCejDigitalWorkshopInput): Promise<CejDigitalWorkshop> {
    const structureId = requireStructureId(actor);
    return this.dataSource.transaction(async (manager) => {
      if (input.branchId) await checkBranch(manager, structureId, input.branchId);
      const lot = input.lotId ? await checkContractedLot(manager, structureId, input.lotId) : null;
      const workshop = await saveNew(manager, CejDigitalWorkshop, {
        structureId,
        branchId: input.branchId ?? null,
        title: input.title.trim(),
        date: input.date,
        hours: input.hours,
        lotId: lot?.id ?? null,
        provider: lot ? null : input.provider?.trim() || null,
        capacity: input.capacity ?? null,
      });
      await this.audit.recordOn(
        manager,
        actor,
        'cej.digital.workshop.created',
        'CejDigitalWorkshop',
        workshop.id,
        structureId,
      );
      return workshop;
    });
  }

  /** Orients the young person to a lot's digital path (its provider receives them), or ends that orientation. */
  async setDigitalLot(actor: Actor, input: SetCejContractDigitalLotInput): Promise<CejContract> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.lockSigned(manager, actor, input.contractId, false);
      this.state.checkVersion(contract, input.version);
      const lot = input.lotId ? await checkContractedLot(manager, contract.structureId, input.lotId) : null;
      const updated = await this.state.touch(manager, contract, { digitalLotId: lot?.id ?? null });
      await this.state.record(manager, actor, contract, 'cej.digital.lot.set', { lotId: lot?.id ?? null });
      return updated;
    });
  }

  async enrol(actor: Actor, input: EnrolInCejDigitalWorkshopInput): Promise<CejDigitalEnrolment> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.lockSigned(manager, actor, input.contractId, false);
      const workshop = isUuid(input.workshopId)
        ? await manager.findOne(CejDigitalWorkshop, {
            where: { id: input.workshopId, structureId: contract.structureId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!workshop) throw new NotFoundError('Atelier numérique');
      if (
        workshop.capacity !== null &&
        (await manager.countBy(CejDigitalEnrolment, { workshopId: workshop.id })) >= workshop.capacity
      ) {
        throw new InputError({ workshopId: `L’atelier est complet (${workshop.capacity} places).` });
      }
      try {
        const enrolment = await saveNew(manager, CejDigitalEnrolment, {
          workshopId: workshop.id,
          contractId: contract.id,
          attendance: WorkshopAttendance.ENROLLED,
        });
        await this.state.record(manager, actor, contract, 'cej.digital.enrolled', { workshopId: workshop.id });
        return enrolment;
      } catch (error) {
        if (uniqueViolation(error) !== null)
          throw new InputError({ contractId: 'Ce contrat est déjà inscrit à cet atelier.' });
        throw error;
      }
    });
  }

  async recordAttendance(
    actor: Actor,
    input: RecordCejWorkshopAttendanceInput,
    asProvider = false,
  ): Promise<CejDigitalEnrolment> {
    return this.dataSource.transaction(async (manager) => {
      const enrolment = await findOrNotFound(manager, CejDigitalEnrolment, { id: input.enrolmentId }, 'Inscription');
      const contract = await this.state.lock(manager, actor, enrolment.contractId, 'Inscription', asProvider);
      const workshop = await manager.findOneByOrFail(CejDigitalWorkshop, { id: enrolment.workshopId });
      // A provider records the attendance of the workshops its lot pays for, not of the others.
      if (
        asProvider &&
        !(workshop.lotId && (await receivingLotIds(manager, actor, contract.id)).includes(workshop.lotId))
      )
        throw new NotFoundError('Inscription');
      if (input.attendance !== WorkshopAttendance.ENROLLED)
        checkNotFuture(
          'attendance',
          workshop.date,
          `La présence se saisit à partir du jour de l’atelier (${workshop.date}).`,
        );
      await updateVersioned(manager, CejDigitalEnrolment, enrolment.id, input.version, {
        attendance: input.attendance,
      });
      await this.state.record(manager, actor, contract, 'cej.digital.attendance', {
        workshopId: workshop.id,
        attendance: input.attendance,
      });
      return manager.findOneByOrFail(CejDigitalEnrolment, { id: enrolment.id });
    });
  }

  async recordCertification(
    actor: Actor,
    input: RecordCejDigitalCertificationInput,
    asProvider = false,
  ): Promise<CejDigitalCertification> {
    checkNotFuture('obtainedOn', input.obtainedOn);
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.lockSigned(manager, actor, input.contractId, asProvider);
      const certification = await saveNew(manager, CejDigitalCertification, {
        contractId: contract.id,
        kind: input.kind,
        obtainedOn: input.obtainedOn,
        result: input.result?.trim() || null,
        reference: input.reference?.trim() || null,
      });
      await this.state.record(manager, actor, contract, 'cej.digital.certification', { kind: input.kind });
      return certification;
    });
  }

  async monthlyReport(actor: Actor, month: string, branchId: string | null): Promise<CejDigitalMonthlyReport> {
    const structureId = participantStructureId(actor) ?? requireStructureId(actor);
    if (branchId && !isUuid(branchId)) throw new InputError({ branchId: 'Antenne inconnue.' });
    return this.computeMonthlyReport({ structureId, month, branchId, contractIds: null, lotId: null });
  }

  operatorMonthlyTable(actor: Actor, month: string, branchId: string | null): Promise<CejDigitalMonthlyTable> {
    const structureId = participantStructureId(actor) ?? requireStructureId(actor);
    if (branchId && !isUuid(branchId)) throw new InputError({ branchId: 'Antenne inconnue.' });
    return this.monthlyTable({ structureId, month, branchId, contractIds: null, lotId: null });
  }

  /** The monthly table (summary and one row per young person): the operator's structure, or a provider's lot. */
  async monthlyTable(scope: DigitalTableScope): Promise<CejDigitalMonthlyTable> {
    const summary = await this.computeMonthlyReport(scope);
    const rows = await this.dataSource.query(DIGITAL_MONTHLY_ROWS_SQL, [
      scope.structureId,
      summary.month,
      scope.branchId,
      scope.contractIds,
      scope.lotId,
    ]);
    return { summary, rows };
  }

  private async computeMonthlyReport(scope: DigitalTableScope): Promise<CejDigitalMonthlyReport> {
    const { structureId, month, branchId, contractIds, lotId } = scope;
    const first = monthStart(month);
    const [row] = await this.dataSource.query(DIGITAL_MONTHLY_REPORT_SQL, [
      structureId,
      first,
      branchId,
      contractIds,
      lotId,
    ]);
    return {
      month: first,
      ...row,
      diagnosedRate:
        row.runningContracts > 0 ? Math.round((row.diagnosedContracts / row.runningContracts) * 10_000) / 10_000 : null,
    };
  }

  private async lockSigned(
    manager: EntityManager,
    actor: Actor,
    contractId: string,
    asProvider: boolean,
  ): Promise<CejContract> {
    const contract = await this.state.lock(manager, actor, contractId, 'Contrat', asProvider);
    this.state.assertSigned(contract);
    return contract;
  }
}
