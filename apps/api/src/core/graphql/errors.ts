import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

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
