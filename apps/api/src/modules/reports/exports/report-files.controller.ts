import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { frenchDate, isCalendarDate, Permission, REPORT_KIND_LABELS, REPORT_STATUS_LABELS } from '@passerelle/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { ExportColumn, toCsv } from '../../../core/files/csv';
import { sendFile } from '../../../core/files/send-file';
import { InputError, NotFoundError } from '../../../core/graphql/errors';
import { requireStructureId } from '../../../core/tenancy/scope';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { canSeeSensitive } from '../../participants/participant-access';
import { Report } from '../report.entity';
import { ReportsService } from '../reports.service';
import { FSE_COLUMNS, fseRows, maskFseRows } from './fse-export';
import { reportPdf, reportXlsx } from './report-document';
import { listXlsx } from './xlsx-table';

const REPORT_FILE = /^([0-9a-f-]{36})\.(xlsx|pdf)$/i;
/** Lists are exported whole, up to this many rows. */
export const EXPORT_MAX_ROWS = 50_000;

const REPORT_LIST_COLUMNS: readonly ExportColumn<Report>[] = [
  { header: 'Bilan', value: (r) => r.title },
  { header: 'Type', value: (r) => REPORT_KIND_LABELS[r.kind] },
  { header: 'Début de période', value: (r) => frenchDate(r.periodStart) },
  { header: 'Fin de période', value: (r) => frenchDate(r.periodEnd) },
  { header: 'À transmettre avant le', value: (r) => frenchDate(r.dueOn) },
  { header: 'Statut', value: (r) => REPORT_STATUS_LABELS[r.status] },
  {
    header: 'Transmis le',
    value: (r) => (r.submittedAt ? r.submittedAt.toISOString().slice(0, 10).split('-').reverse().join('/') : null),
  },
  { header: 'Identifiant', value: (r) => r.id },
];

/**
 * Files over REST (architecture: REST for files only), behind the same global AccessGuard as GraphQL: send
 * `Authorization: Bearer <token>` (and `X-Structure-Id`) or an API key. The figures are those of the API.
 */
@Controller('files')
export class ReportFilesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly audit: AuditService,
  ) {}

  /** GET /files/reports/<id>.xlsx or .pdf */
  @RequirePermissions(Permission.REPORTS_READ)
  @Get('reports/:file')
  async report(@CurrentActor() actor: Actor, @Param('file') file: string, @Res() response: Response): Promise<void> {
    const match = REPORT_FILE.exec(file);
    if (!match) throw new NotFoundError('Fichier');
    const report = await this.reports.get(actor, match[1]);
    const structure = await this.dataSource.getRepository(Structure).findOneByOrFail({ id: report.structureId });
    const doc = {
      report,
      structureName: structure.name,
      figures: await this.reports.figures(report),
      sections: this.reports.sections(report),
    };
    const format = match[2].toLowerCase() as 'xlsx' | 'pdf';
    const body = format === 'xlsx' ? await reportXlsx(doc) : await reportPdf(doc);
    sendFile(response, format, report.title, body);
  }

  /** GET /files/reports.csv: the list of the structure's reports. */
  @RequirePermissions(Permission.REPORTS_READ)
  @Get('reports.csv')
  async reportList(@CurrentActor() actor: Actor, @Res() response: Response): Promise<void> {
    const query = this.dataSource
      .getRepository(Report)
      .createQueryBuilder('r')
      .orderBy('r.periodEnd', 'DESC')
      .addOrderBy('r.kind')
      .addOrderBy('r.id')
      .take(EXPORT_MAX_ROWS);
    if (!actor.isPlatformAdmin)
      query.where('(r.structureId = :scope OR r.reviewerStructureId = :scope)', { scope: requireStructureId(actor) });
    sendFile(response, 'csv', 'bilans', toCsv(REPORT_LIST_COLUMNS, await query.getMany()));
  }

  /** GET /files/fse-participants.xlsx?from=AAAA-MM-JJ&to=AAAA-MM-JJ */
  @RequirePermissions(Permission.FSE_EXPORT)
  @Get('fse-participants.xlsx')
  async fseXlsx(
    @CurrentActor() actor: Actor,
    @Query('from') from: string,
    @Query('to') to: string,
    @Res() response: Response,
  ): Promise<void> {
    const rows = await this.fse(actor, from, to);
    sendFile(
      response,
      'xlsx',
      `fse-participants-${from}-${to}`,
      await listXlsx('Participants FSE+', FSE_COLUMNS, rows),
    );
  }

  /** GET /files/fse-participants.csv?from=AAAA-MM-JJ&to=AAAA-MM-JJ */
  @RequirePermissions(Permission.FSE_EXPORT)
  @Get('fse-participants.csv')
  async fseCsv(
    @CurrentActor() actor: Actor,
    @Query('from') from: string,
    @Query('to') to: string,
    @Res() response: Response,
  ): Promise<void> {
    const rows = await this.fse(actor, from, to);
    sendFile(response, 'csv', `fse-participants-${from}-${to}`, toCsv(FSE_COLUMNS, rows));
  }

  /** Personal data leaving the system: the export is traced. */
  private async fse(actor: Actor, from: string, to: string) {
    const errors: Record<string, string> = {};
    if (!isCalendarDate(from)) errors.from = 'Date de début invalide (format AAAA-MM-JJ attendu).';
    if (!isCalendarDate(to)) errors.to = 'Date de fin invalide (format AAAA-MM-JJ attendu).';
    if (!errors.from && !errors.to && to < from) errors.to = 'La fin de la période précède son début.';
    if (Object.keys(errors).length) throw new InputError(errors);
    const structureId = requireStructureId(actor);
    const rows = maskFseRows(await fseRows(this.dataSource.manager, structureId, from, to), canSeeSensitive(actor));
    await this.audit.recordOn(this.dataSource.manager, actor, 'export.fse', 'Structure', structureId, structureId, {
      from,
      to,
      rows: rows.length,
    });
    return rows;
  }
}
