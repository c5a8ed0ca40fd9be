import { downloadFile, openBlob } from '../../lib/download';
import { authorizedFetch, restError } from '../../lib/http';

/** Downloads (or opens for printing) the attendance sheet PDF of a session. */
export async function openAttendanceSheetPdf(sessionId: string): Promise<void> {
  const response = await authorizedFetch(`/files/attendance-sheets/${encodeURIComponent(sessionId)}.pdf`);
  openBlob(await response.blob(), `emargement-${sessionId}.pdf`);
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
export const downloadProof = (id: string, fileName: string) =>
  downloadFile(`/files/proofs/${encodeURIComponent(id)}`, fileName);
