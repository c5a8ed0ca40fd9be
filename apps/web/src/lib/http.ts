import { parseApiError, type ParsedApiError } from './api-errors';
import { refreshAccessToken } from './session-refresh';
import { tokenStore } from './token-store';

/** An error of the REST file endpoints (`{ code, message, fields?, reason? }`), shaped like a GraphQL one. */
export async function restError(response: Response): Promise<ParsedApiError> {
  let body: { code?: string; message?: string; fields?: Record<string, string>; reason?: string } = {};
  try {
    body = await response.json();
  } catch {
    body = {};
  }
  const code =
    body.code ??
    (response.status === 401
      ? 'UNAUTHENTICATED'
      : response.status === 403
        ? 'FORBIDDEN'
        : response.status === 404
          ? 'NOT_FOUND'
          : response.status === 409
            ? 'CONFLICT'
            : response.status === 410
              ? 'GONE'
              : response.status === 429
                ? 'RATE_LIMITED'
                : response.status === 503
                  ? 'SERVICE_UNAVAILABLE'
                  : response.status === 400
                    ? 'BAD_USER_INPUT'
                    : 'UNKNOWN');
  return parseApiError({
    errors: [{ message: body.message, extensions: { code, fields: body.fields, reason: body.reason } }],
  });
}

/** A fetch to the API's REST paths with the bearer token and the current structure, refreshing the token once. */
export async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const send = () => {
    const headers = new Headers(init.headers);
    const token = tokenStore.getAccessToken();
    const structureId = tokenStore.getStructureId();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (structureId) headers.set('X-Structure-Id', structureId);
    return fetch(path, { ...init, headers });
  };
  if (tokenStore.hasSession() && tokenStore.accessTokenExpiresSoon()) await refreshAccessToken();
  let response = await send();
  if (response.status === 401 && tokenStore.hasSession() && (await refreshAccessToken()) === 'ok')
    response = await send();
  if (!response.ok) throw await restError(response);
  return response;
}

/** Thrown errors from authorizedFetch are already parsed. */
export function isParsedError(error: unknown): error is ParsedApiError {
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error && 'fields' in error;
}
