import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { Env } from '../../core/config/env';
import { FileStore } from '../../core/storage/file-store';
import { StreamingUploadStorage } from '../../core/storage/upload-storage';
import { ProofFilesController } from './files.controller';
import { ProofsResolver } from './proofs.resolver';
import { ProofsService } from './proofs.service';

/** Proof documents (uploads stream to the FileStore, typed from their content, hashed on the way): retention until the programme's closure, REST upload and download. */
@Module({
  imports: [
    MulterModule.registerAsync({
      inject: [Env, FileStore],
      useFactory: (env: Env, files: FileStore) => ({
        storage: new StreamingUploadStorage(files),
        limits: { fileSize: env.MAX_UPLOAD_MB * 1024 * 1024, files: 1 },
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [ProofFilesController],
  providers: [ProofsService, ProofsResolver],
  exports: [ProofsService, MulterModule],
})
export class ProofsModule {}
