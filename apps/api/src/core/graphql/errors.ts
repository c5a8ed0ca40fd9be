import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'GONE'
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

/** A one-time thing (a signing link) that has been used up or has expired: HTTP 410 on REST routes. */
export class GoneError extends DomainError {
  constructor(message: string) {
    super('GONE', message);
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

/** Node's errno codes of a refused, reset or timed-out connection (pg and ioredis keep them on `code`). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
/**
 * PostgreSQL SQLSTATEs (pg puts them on `code`; TypeORM's QueryFailedError copies it and keeps the pg error as
 * `driverError`): class 08 connection exception; 57P01 admin shutdown (fast stop: "terminating connection due to
 * administrator command"); 57P02 crash shutdown (another backend crashed, every session is reset); 57P03 cannot
 * connect now (starting up, shutting down, in recovery); 57P05 idle-session timeout; 53300 too many connections;
 * 57014 statement timeout; 25P03 idle-in-transaction timeout.
 */
const SQLSTATES = /^(08[0-9A-Z]{3}|57P0[1235]|53300|57014|25P03)$/;
/**
 * Errors libraries raise without any code, recognised by class. TypeORM releases a transaction's query runner as soon
 * as its connection emits an error (the server closed it between two queries); the transaction's next statement then
 * fails with QueryRunnerAlreadyReleasedError (repositories, query builders) or QueryRunnerProviderAlreadyReleasedError
 * (`manager.query`, a nested `transaction`). The application never releases a runner itself during a request, so
 * both mean a lost connection. CannotExecuteNotConnectedError: the data source was closed (shutdown deadline passed).
 * ioredis gives a command up with MaxRetriesPerRequestError.
 */
const CLASS_NAMES = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
  'CannotExecuteNotConnectedError',
  'MaxRetriesPerRequestError',
]);
/** …or by their fixed message: node-postgres and pg-pool, then ioredis (none of them sets a code). */
const MESSAGES = new RegExp(
  '^(' +
    [
      'Connection terminated', // pg: the socket closed ("… unexpectedly"), pg-pool: "… due to connection timeout"
      'timeout exceeded when trying to connect', // pg-pool: no free connection within connectionTimeoutMillis
      'Client has encountered a connection error and is not queryable',
      'Client was closed and is not queryable',
      'Cannot use a pool after calling end on the pool',
      'Query read timeout',
      'Connection is closed',
      "Stream isn't writeable",
      'Command timed out',
      'Reached the max retries per request',
    ]
      .map((message) => message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|') +
    ')',
);

/**
 * Whether an error means the database or Redis is unreachable or overloaded (retryable), not a bug. Looks through
 * the wrappers that keep the original: GraphQL's `originalError`, TypeORM's `driverError`, `cause`, and the
 * `errors` of an AggregateError (Node connecting to every address of a host name).
 */
export function isUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  if (error instanceof DomainError) return error.extensions.code === 'SERVICE_UNAVAILABLE';
  const { code, message, name } = error as { code?: unknown; message?: unknown; name?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.test(code))) return true;
  if (typeof name === 'string' && CLASS_NAMES.has(name)) return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  const nested = error as { driverError?: unknown; originalError?: unknown; cause?: unknown; errors?: unknown };
  const inner = [nested.driverError, nested.originalError, nested.cause];
  if (Array.isArray(nested.errors)) inner.push(...nested.errors);
  return inner.some((each) => isUnavailable(each, depth + 1));
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
