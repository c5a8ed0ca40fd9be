import { Body, Controller, Get, HttpCode, Param, Post, Res, UploadedFile } from '@nestjs/common';
import { Permission } from '@passerelle/domain';
import type { Response } from 'express';
import { Public, RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { runUnscoped } from '../../../core/database/row-scope';
import { InputError } from '../../../core/graphql/errors';
import { StreamedUpload } from '../../../core/storage/streamed-upload';
import { StoredUpload } from '../../../core/storage/upload-storage';
import { AttendanceSheetsService } from './attendance-sheets.service';

/** REST for files: the printable sheet and the signed scan, with the same bearer token (and X-Structure-Id) as GraphQL. */
@Controller('files/attendance-sheets')
export class AttendanceSheetFilesController {
  constructor(private readonly sheets: AttendanceSheetsService) {}

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Get(':sessionId.pdf')
  async pdf(@CurrentActor() actor: Actor, @Param('sessionId') sessionId: string, @Res() response: Response) {
    const { session, pdf } = await this.sheets.pdf(actor, sessionId);
    response.setHeader('content-type', 'application/pdf');
    response.setHeader('content-disposition', `inline; filename="emargement-${session.date}.pdf"`);
    response.setHeader('x-content-type-options', 'nosniff');
    response.send(pdf);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Post(':sessionId/signed')
  @StreamedUpload('file')
  async uploadSigned(
    @CurrentActor() actor: Actor,
    @Param('sessionId') sessionId: string,
    @UploadedFile() file: StoredUpload | undefined,
  ) {
    if (!file) throw new InputError({ file: 'Joignez la feuille signée (champ « file »).' });
    const session = await this.sheets.uploadSigned(actor, sessionId, file);
    return {
      sessionId: session.id,
      frozenAt: session.sheetFrozenAt,
      sha256: session.sheetSha256,
      proofId: session.sheetProofId,
    };
  }
}

/**
 * Public one-time e-signature endpoints, called by the signing page (`/sign/:token` in the web app, opened from the
 * link or QR code) on the facilitator's tablet or the participant's phone.
 */
@Controller('signatures')
export class SignatureLinksController {
  constructor(private readonly sheets: AttendanceSheetsService) {}

  @Public()
  @Get(':token')
  describe(@Param('token') token: string) {
    // The one-time token is the caller's only proof: the service finds its session and structure itself.
    return runUnscoped(() => this.sheets.describe(token));
  }

  @Public()
  @Post(':token')
  @HttpCode(201)
  sign(@Param('token') token: string, @Body() body: { signature?: unknown }) {
    return runUnscoped(() => this.sheets.sign(token, body?.signature));
  }
}
