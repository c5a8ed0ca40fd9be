import { Module } from '@nestjs/common';
import { ParticipantsExportController } from './participants-export.controller';
import { ParticipantAuditEntryResolver, ParticipantsResolver } from './participants.resolver';
import { ParticipantsService } from './participants.service';

@Module({
  controllers: [ParticipantsExportController],
  providers: [ParticipantsService, ParticipantsResolver, ParticipantAuditEntryResolver],
  exports: [ParticipantsService],
})
export class ParticipantsModule {}
