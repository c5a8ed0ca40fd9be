import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_REPORTING_PARAMETERS,
  isCalendarDate,
  ReportingParameters,
  reportingParametersErrors,
  todayInParis,
} from '@passerelle/domain';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { InputError } from '../../../core/graphql/errors';
import { Connection, PageArgs, paginate } from '../../../core/graphql/pagination';
import { requireStructureId } from '../../../core/tenancy/scope';
import {
  ReportingParameterRow,
  ReportingParametersInForce,
  SetReportingParametersInput,
} from './reporting-parameters.entity';

/** The rules in force on `day` for a structure (one indexed lookup); the defaults before any row. Usable from any module. */
export async function reportingParametersInForce(
  manager: EntityManager,
  structureId: string,
  day: string,
): Promise<ReportingParametersInForce> {
  const row = await manager.findOne(ReportingParameterRow, {
    where: { structureId, effectiveFrom: LessThanOrEqual(day) },
    order: { effectiveFrom: 'DESC' },
  });
  const values: ReportingParameters = row ?? DEFAULT_REPORTING_PARAMETERS;
  return {
    on: day,
    effectiveFrom: row?.effectiveFrom ?? null,
    monthlyReportDueDay: values.monthlyReportDueDay,
    mayReportDue: values.mayReportDue,
    septemberReportDue: values.septemberReportDue,
    finalReportDueMonths: values.finalReportDueMonths,
    reportReminderDays: values.reportReminderDays,
    dropOffWindowDays: values.dropOffWindowDays,
  };
}

/** A structure's dated reporting rules: the row in force on a day, the history, a new row. */
@Injectable()
export class ReportingParametersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  inForce(
    structureId: string,
    day: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReportingParametersInForce> {
    return reportingParametersInForce(manager, structureId, day);
  }

  async current(actor: Actor, on?: string): Promise<ReportingParametersInForce> {
    if (on !== undefined && on !== null && !isCalendarDate(on))
      throw new InputError({ on: 'Date invalide (AAAA-MM-JJ attendu).' });
    return this.inForce(requireStructureId(actor), on ?? todayInParis());
  }

  history(actor: Actor, page: PageArgs): Promise<Connection<ReportingParameterRow>> {
    const query = this.dataSource
      .getRepository(ReportingParameterRow)
      .createQueryBuilder('r')
      .where('r."structureId" = :structureId', { structureId: requireStructureId(actor) })
      .orderBy('r."effectiveFrom"', 'DESC')
      .addOrderBy('r.id', 'ASC');
    return paginate(query, page);
  }

  /** Adds (or replaces) the row starting on `effectiveFrom`; earlier and later rows stay. */
  async set(actor: Actor, input: SetReportingParametersInput): Promise<ReportingParameterRow> {
    const structureId = requireStructureId(actor);
    const errors = reportingParametersErrors(input);
    if (Object.keys(errors).length) throw new InputError(errors);
    return this.dataSource.transaction(async (manager) => {
      const values = {
        structureId,
        effectiveFrom: input.effectiveFrom,
        monthlyReportDueDay: input.monthlyReportDueDay,
        mayReportDue: input.mayReportDue,
        septemberReportDue: input.septemberReportDue,
        finalReportDueMonths: input.finalReportDueMonths,
        reportReminderDays: input.reportReminderDays,
        dropOffWindowDays: input.dropOffWindowDays,
        createdByUserId: actor.userId,
      };
      await manager.upsert(ReportingParameterRow, values, ['structureId', 'effectiveFrom']);
      const row = await manager.findOneByOrFail(ReportingParameterRow, {
        structureId,
        effectiveFrom: input.effectiveFrom,
      });
      await this.audit.recordOn(
        manager,
        actor,
        'reporting-parameters.set',
        'ReportingParameters',
        row.id,
        structureId,
        { ...input },
      );
      return row;
    });
  }
}
