import { parseApiError, type ParsedApiError } from '../../lib/api-errors';
import { refreshAccessToken } from '../../lib/session-refresh';
import { tokenStore } from '../../lib/token-store';

/** An error of the REST file endpoints (`{ code, message, fields?, reason? }`), shaped like a GraphQL one. */
async function restError(response: Response): Promise<ParsedApiError> {
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

/** Downloads (or opens for printing) the attendance sheet PDF of a session. */
export async function openAttendanceSheetPdf(sessionId: string): Promise<void> {
  const response = await authorizedFetch(`/files/attendance-sheets/${encodeURIComponent(sessionId)}.pdf`);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const opened = window.open(url, '_blank');
  if (!opened) {
    const a = document.createElement('a');
    a.href = url;
    a.download = `emargement-${sessionId}.pdf`;
    document.body.append(a);
    a.click();
    a.remove();
  }
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Uploads the scan of the sheet signed by hand: it becomes the proof and freezes the sheet. */
export async function uploadSignedSheet(
  sessionId: string,
  file: File,
): Promise<{ sha256: string | null; frozenAt: string | null }> {
  const body = new FormData();
  body.append('file', file);
  const response = await authorizedFetch(`/files/attendance-sheets/${encodeURIComponent(sessionId)}/signed`, {
    method: 'POST',
    body,
  });
  return response.json();
}

export interface SigningInfo {
  title: string;
  date: string;
  startTime: string;
  place: string;
  firstName: string;
  lastName: string;
  expiresAt: string;
}

/** Public signing page: what the link shows, then the signature (no token, no structure). */
export async function fetchSigningInfo(token: string): Promise<SigningInfo> {
  const response = await fetch(`/signatures/${encodeURIComponent(token)}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await restError(response);
  return response.json();
}

export async function postSignature(token: string, signature: string): Promise<void> {
  const response = await fetch(`/signatures/${encodeURIComponent(token)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ signature }),
  });
  if (!response.ok) throw await restError(response);
}

/** Uploads a proof (scan, mail, extraction…) for a lot the caller delivers; the API keeps its SHA-256. */
export async function uploadProof(
  lotId: string,
  kind: string,
  file: File,
  description?: string,
): Promise<{ id: string; sha256: string }> {
  const body = new FormData();
  body.append('lotId', lotId);
  body.append('kind', kind);
  if (description) body.append('description', description);
  body.append('file', file);
  const response = await authorizedFetch('/files/proofs', { method: 'POST', body });
  return response.json();
}

/** Downloads a stored proof under its original name. */
export async function downloadProof(id: string, fileName: string): Promise<void> {
  const response = await authorizedFetch(`/files/proofs/${encodeURIComponent(id)}`);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
