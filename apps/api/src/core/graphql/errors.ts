import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE';

/** A domain error a client can act on: its code travels in `extensions.code`, its message is shown to users. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Invalid input: one French message per wrong field, in `extensions.fields`. */
export class InputError extends DomainError {
  constructor(
    public readonly fields: Record<string, string>,
    message = 'Certains champs sont invalides.',
  ) {
    super('BAD_USER_INPUT', message, { fields });
  }
}

export class NotFoundError extends DomainError {
  constructor(what = 'Élément') {
    super('NOT_FOUND', `${what} introuvable.`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Vous n’avez pas les droits nécessaires pour cette action.') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Veuillez vous connecter.') {
    super('UNAUTHENTICATED', message);
  }
}

/** Someone else changed the record since it was read (optimistic locking), or a uniqueness rule was hit. */
export class ConflictError extends DomainError {
  constructor(
    message = 'Cet élément a été modifié par quelqu’un d’autre entre-temps. Rechargez la page puis recommencez.',
  ) {
    super('CONFLICT', message);
  }
}

/** Seconds a client should wait before retrying after SERVICE_UNAVAILABLE (sent as `Retry-After`). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The database or Redis did not answer in time: nothing was done, the client may retry (HTTP 503 with
 * `Retry-After`). Thrown on purpose, or given to any error `isUnavailable` recognises.
 */
export class ServiceUnavailableError extends DomainError {
  constructor(
    message = 'Le service est momentanément indisponible ; rien n’a été enregistré. Réessayez dans quelques instants.',
  ) {
    super('SERVICE_UNAVAILABLE', message, { retryAfterSeconds: RETRY_AFTER_SECONDS, http: unavailableHttp() });
  }
}

/** HTTP 503 with `Retry-After`, in the form Apollo reads from `extensions.http`. */
export const unavailableHttp = () => ({
  status: 503,
  headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]),
});

/** Node, pg and ioredis codes and messages of a lost, refused or timed-out connection. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);
// SQLSTATE: 08 connection exception, 57P01-03 server shutting down or starting, 53300 too many connections,
// 57014 statement timeout, 25P03 idle-in-transaction timeout.
const SQLSTATES = /^(08...|57P0[123]|53300|57014|25P03)$/;
const MESSAGES =
  /Connection terminated|terminating connection|server closed the connection unexpectedly|Query runner already released|Cannot use a pool after calling end|timeout exceeded when trying to connect|Connection is closed|Stream isn't writeable|Command timed out|not queryable|the database system is (starting up|shutting down)|MaxRetriesPerRequest|Reached the max retries per request/i;

/** Whether an error means the database or Redis is unreachable or overloaded (retryable), not a bug. */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  if (error instanceof DomainError) return error.extensions.code === 'SERVICE_UNAVAILABLE';
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.test(code))) return true;
  if (name === 'MaxRetriesPerRequestError') return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  const nested = error as { driverError?: unknown; originalError?: unknown; cause?: unknown };
  return [nested.driverError, nested.originalError, nested.cause].some((inner) => isUnavailable(inner, depth + 1));
}

/** Too many requests or attempts: `retryAfterSeconds` says when to try again (also sent as `Retry-After`). */
export class RateLimitedError extends DomainError {
  constructor(
    public readonly retryAfterSeconds: number,
    message = `Trop de requêtes. Réessayez dans ${formatWait(retryAfterSeconds)}.`,
  ) {
    // Apollo turns `http` into response headers (and leaves it out of the body). The status stays 200: Nest's
    // driver keeps it so for errors raised while executing, so that clients read them as GraphQL errors.
    const http = { headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) };
    super('RATE_LIMITED', message, { retryAfterSeconds, http });
  }
}

/** "45 secondes", "1 minute", "15 minutes". */
export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? 's' : ''}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}
