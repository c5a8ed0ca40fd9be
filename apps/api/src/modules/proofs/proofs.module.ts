import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { Env } from '../../core/config/env';
import { ProofFilesController } from './files.controller';
import { ParticipantDocumentsController } from './participant-documents/participant-documents.controller';
import { ParticipantDocumentsResolver } from './participant-documents/participant-documents.resolver';
import { ParticipantDocumentsService } from './participant-documents/participant-documents.service';
import { ProofsResolver } from './proofs.resolver';
import { ProofsService } from './proofs.service';

/** Proof documents and a participant's documents (uploads are kept in memory, no `dest`, then written with their hash): storage with their SHA-256, retention until the programme's closure, REST upload and download. */
@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [Env],
      useFactory: (env: Env) => ({
        limits: { fileSize: env.MAX_UPLOAD_MB * 1024 * 1024, files: 1 },
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [ProofFilesController, ParticipantDocumentsController],
  providers: [ProofsService, ProofsResolver, ParticipantDocumentsService, ParticipantDocumentsResolver],
  exports: [ProofsService, MulterModule],
})
export class ProofsModule {}
