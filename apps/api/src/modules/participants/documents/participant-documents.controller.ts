import { Body, Controller, Param, Post, UploadedFile } from '@nestjs/common';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { InputError } from '../../../core/graphql/errors';
import { StreamedUpload } from '../../../core/storage/streamed-upload';
import { StoredUpload } from '../../../core/storage/upload-storage';
import { UploadParticipantDocumentBody } from './participant-document.dto';
import { ParticipantDocumentsService } from './participant-documents.service';

/** REST upload of a document onto a participant's file (multipart: file, kind, description), by the people who follow the person. */
@Controller('files/participants')
export class ParticipantDocumentsController {
  constructor(private readonly documents: ParticipantDocumentsService) {}

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Post(':participantId/documents')
  @StreamedUpload('file')
  async upload(
    @CurrentActor() actor: Actor,
    @Param('participantId') participantId: string,
    @UploadedFile() file: StoredUpload | undefined,
    @Body() body: UploadParticipantDocumentBody,
  ) {
    if (!file) throw new InputError({ file: 'Joignez le fichier (champ « file »).' });
    return this.documents.upload(actor, participantId, file, body);
  }
}
