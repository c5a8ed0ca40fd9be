import { ArgumentsHost, Catch, PayloadTooLargeException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import {
  DomainError,
  ErrorCode,
  isUnavailable,
  RateLimitedError,
  RETRY_AFTER_SECONDS,
  ServiceUnavailableError,
} from './errors';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  SERVICE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
};

/**
 * In GraphQL, errors go back to Apollo untouched: it formats them and our plugin logs the unexpected ones once.
 * HTTP routes (files, signature links) answer domain errors as JSON `{ code, message, fields? }` with the matching
 * status; anything else keeps Nest's default handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception;
    // The database or Redis is down: a retryable 503, whatever route it happened on.
    if (!(exception instanceof DomainError) && isUnavailable(exception)) exception = new ServiceUnavailableError();
    if (exception instanceof DomainError) {
      const { code, http: _http, ...extra } = exception.extensions as { code: ErrorCode } & Record<string, unknown>;
      const response = host.switchToHttp().getResponse<Response>();
      if (exception instanceof RateLimitedError) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
      if (code === 'SERVICE_UNAVAILABLE') response.setHeader('Retry-After', RETRY_AFTER_SECONDS);
      response.status(HTTP_STATUS[code] ?? 400).json({ code, message: exception.message, ...extra });
      return;
    }
    // An upload over MAX_UPLOAD_MB (multer's limit): said in French, on the file field, like any invalid input.
    if (exception instanceof PayloadTooLargeException) {
      host
        .switchToHttp()
        .getResponse<Response>()
        .status(413)
        .json({
          code: 'BAD_USER_INPUT',
          message: 'Certains champs sont invalides.',
          fields: { file: 'Le fichier est trop volumineux : il dépasse la taille maximale acceptée.' },
        });
      return;
    }
    return super.catch(exception, host);
  }
}
