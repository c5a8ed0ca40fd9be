import { Body, Controller, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Permission } from '@passerelle/domain';
import type {} from 'multer';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { InputError } from '../../../core/graphql/errors';
import { UploadParticipantDocumentBody } from './participant-document.dto';
import { ParticipantDocumentsService } from './participant-documents.service';

/** REST upload of a document onto a participant's file (multipart: file, kind, description), by the people who follow the person. */
@Controller('files/participants')
export class ParticipantDocumentsController {
  constructor(private readonly documents: ParticipantDocumentsService) {}

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Post(':participantId/documents')
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @CurrentActor() actor: Actor,
    @Param('participantId') participantId: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: UploadParticipantDocumentBody,
  ) {
    if (!file) throw new InputError({ file: 'Joignez le fichier (champ « file »).' });
    return this.documents.upload(actor, participantId, file, body);
  }
}
