import type { Request, Response } from 'express';
import { RateLimitedError } from '../graphql/errors';
import { LimitState } from './rate-limit.service';

/** The IETF `RateLimit-*` fields (draft-ietf-httpapi-ratelimit-headers), and `Retry-After` once refused. */
export function setRateLimitHeaders(res: Response, state: LimitState): void {
  res.setHeader('RateLimit-Limit', String(state.limit));
  res.setHeader('RateLimit-Remaining', String(state.remaining));
  res.setHeader('RateLimit-Reset', String(state.resetSeconds));
  res.setHeader('RateLimit-Policy', `${state.limit};w=${state.windowSeconds}`);
  if (!state.allowed) res.setHeader('Retry-After', String(state.resetSeconds));
}

/** A 429 in the shape the route speaks: a GraphQL response on /graphql, `{ code, message }` elsewhere. */
export function sendRateLimited(res: Response, isGraphql: boolean, state: LimitState): void {
  const error = new RateLimitedError(state.resetSeconds);
  const extensions = { code: 'RATE_LIMITED', retryAfterSeconds: state.resetSeconds };
  res
    .status(429)
    .json(isGraphql ? { errors: [{ message: error.message, extensions }] } : { ...extensions, message: error.message });
}

/** The caller's address, as Express sees it (behind a proxy, with TRUST_PROXY set, the client's own). */
export const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';
