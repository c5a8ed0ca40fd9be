import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, Param, Res, UseFilters } from '@nestjs/common';
import { Permission } from '@passerelle/domain';
import type { Response } from 'express';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { DomainError } from '../../../core/graphql/errors';
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
  constructor(private readonly booklet: CejBookletService) {}

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

/** A name safe in a file name (no accents, spaces or quotes). */
const fileName = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .toLowerCase();
