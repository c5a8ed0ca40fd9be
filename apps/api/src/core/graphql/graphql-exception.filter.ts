import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import { DomainError, ErrorCode } from './errors';

const HTTP_STATUS: Record<ErrorCode, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/**
 * In GraphQL, errors go back to Apollo untouched: it formats them and our plugin logs the unexpected ones once.
 * On HTTP routes (files), a domain error answers its status with `{ code, message }`; the rest keeps Nest's handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return exception;
    if (exception instanceof DomainError && host.getType() === 'http') {
      const code = exception.extensions.code as ErrorCode;
      const response = host.switchToHttp().getResponse<Response>();
      response.status(HTTP_STATUS[code] ?? 400).json({ code, message: exception.message, ...(exception.extensions.fields ? { fields: exception.extensions.fields } : {}) });
      return;
    }
    return super.catch(exception, host);
  }
}
