import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import { isCalendarDate, Permission } from '@passerelle/domain';
import type { Response } from 'express';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { sendFile } from '../../../core/files/send-file';
import { DomainError, InputError } from '../../../core/graphql/errors';
import { CALENDAR_DATE_MESSAGE } from '../../../core/validation/calendar-date.validator';
import { renderDigitalMonthlyXlsx } from '../digital/cej-digital-monthly.xlsx';
import { CejDigitalService } from '../digital/cej-digital.service';
import { CejProviderService } from '../provider/cej-provider.service';
import { renderBookletPdf } from '../booklet/cej-booklet.pdf';
import { CejBookletService } from '../booklet/cej-booklet.service';
import { renderFinalEvaluationXlsx } from '../booklet/cej-final-evaluation.xlsx';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** Domain errors on file routes answer their HTTP status with the same code and French message as in GraphQL. */
@Catch(DomainError)
export class DomainErrorHttpFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    const code = String(error.extensions.code);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[code] ?? 500)
      .json({ code, message: error.message });
  }
}

/** Files for the young person and the funders: the action booklet (PDF) and the final evaluation (XLSX). Bearer token required. */
@Controller('files/cej')
@UseFilters(DomainErrorHttpFilter)
export class CejFilesController {
  constructor(
    private readonly booklet: CejBookletService,
    private readonly digital: CejDigitalService,
    private readonly provider: CejProviderService,
  ) {}

  /** GET /files/cej/digital-monthly.xlsx?month=AAAA-MM-JJ[&branchId=…]: the operator's monthly digital table. */
  @RequirePermissions(Permission.CEJ_READ)
  @Get('digital-monthly.xlsx')
  async digitalMonthlyXlsx(
    @CurrentActor() actor: Actor,
    @Query('month') month: string,
    @Query('branchId') branchId: string | undefined,
    @Res() response: Response,
  ) {
    checkMonth(month);
    const table = await this.digital.operatorMonthlyTable(actor, month, branchId || null);
    const xlsx = await renderDigitalMonthlyXlsx(table, 'Tous les jeunes en CEJ de la structure');
    sendFile(response, 'xlsx', `parcours-numerique-${table.summary.month.slice(0, 7)}`, xlsx);
  }

  /** GET /files/cej/provider/lots/:lotId/digital-monthly.xlsx?month=AAAA-MM-JJ: a provider's table for its lot. */
  @RequirePermissions(Permission.CEJ_DELIVER)
  @Get('provider/lots/:lotId/digital-monthly.xlsx')
  async providerDigitalMonthlyXlsx(
    @CurrentActor() actor: Actor,
    @Param('lotId') lotId: string,
    @Query('month') month: string,
    @Res() response: Response,
  ) {
    checkMonth(month);
    const table = await this.provider.monthlyTable(actor, lotId, month);
    const xlsx = await renderDigitalMonthlyXlsx(table, 'Les jeunes reçus au titre du lot');
    sendFile(response, 'xlsx', `parcours-numerique-lot-${table.summary.month.slice(0, 7)}`, xlsx);
  }

  @RequirePermissions(Permission.CEJ_READ)
  @Get(':contractId/booklet.pdf')
  async bookletPdf(@CurrentActor() actor: Actor, @Param('contractId') contractId: string, @Res() response: Response) {
    const data = await this.booklet.load(actor, contractId, 'cej.booklet.exported');
    const pdf = await renderBookletPdf(data);
    response
      .status(200)
      .set({
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="livret-actions-${fileName(data.participant.lastName)}.pdf"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      .send(pdf);
  }

  @RequirePermissions(Permission.CEJ_READ)
  @Get(':contractId/final-evaluation.xlsx')
  async finalEvaluationXlsx(
    @CurrentActor() actor: Actor,
    @Param('contractId') contractId: string,
    @Res() response: Response,
  ) {
    const data = await this.booklet.load(actor, contractId, 'cej.final-evaluation.exported');
    const xlsx = await renderFinalEvaluationXlsx(data);
    response
      .status(200)
      .set({
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="evaluation-finale-${fileName(data.participant.lastName)}.xlsx"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      .send(xlsx);
  }
}

function checkMonth(month: unknown): asserts month is string {
  if (!isCalendarDate(month)) throw new InputError({ month: CALENDAR_DATE_MESSAGE });
}

/** A name safe in a file name (no accents, spaces or quotes). */
const fileName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();
