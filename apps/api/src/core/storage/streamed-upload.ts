import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { FileStore } from './file-store';
import type { StoredUpload } from './upload-storage';

/** When anything after the upload fails (validation, access, the transaction), the uncommitted file goes at once. */
@Injectable()
export class DiscardUploadOnError implements NestInterceptor {
  constructor(private readonly files: FileStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        const file = context.switchToHttp().getRequest<Request & { file?: Partial<StoredUpload> }>().file;
        if (!file?.key) return throwError(() => error);
        return from(this.files.discard(file.key)).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }
}

/**
 * One file in multipart field `field`, streamed to storage by the module's MulterModule (StreamingUploadStorage):
 * the handler receives a `StoredUpload`, to record in a transaction that calls `FileStore.commit`.
 */
export const StreamedUpload = (field = 'file') =>
  applyDecorators(UseInterceptors(FileInterceptor(field), DiscardUploadOnError));
