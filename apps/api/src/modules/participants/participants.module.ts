import { Module } from '@nestjs/common';
import { ProofsModule } from '../proofs/proofs.module';
import { ParticipantDocumentsController } from './documents/participant-documents.controller';
import { ParticipantDocumentsResolver } from './documents/participant-documents.resolver';
import { ParticipantDocumentsService } from './documents/participant-documents.service';
import { ParticipantsExportController } from './participants-export.controller';
import { ParticipantAuditEntryResolver, ParticipantsResolver } from './participants.resolver';
import { ParticipantsService } from './participants.service';

@Module({
  imports: [ProofsModule],
  controllers: [ParticipantsExportController, ParticipantDocumentsController],
  providers: [
    ParticipantsService,
    ParticipantsResolver,
    ParticipantAuditEntryResolver,
    ParticipantDocumentsService,
    ParticipantDocumentsResolver,
  ],
  exports: [ParticipantsService],
})
export class ParticipantsModule {}
