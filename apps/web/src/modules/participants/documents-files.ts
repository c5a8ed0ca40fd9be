import { authorizedFetch } from '../activities/files';

/** Puts a document on a participant's file (multipart, as the API's REST upload expects). */
export async function uploadParticipantDocument(
  participantId: string,
  input: { file: File; kind: string; description: string },
): Promise<{ id: string; sha256: string | null }> {
  const body = new FormData();
  body.append('kind', input.kind);
  if (input.description.trim()) body.append('description', input.description.trim());
  body.append('file', input.file);
  const response = await authorizedFetch(`/files/participants/${encodeURIComponent(participantId)}/documents`, {
    method: 'POST',
    body,
  });
  return response.json();
}

/** Downloads a document through its download path (same token and structure as the rest of the client). */
export async function downloadDocument(path: string, fileName: string): Promise<void> {
  const response = await authorizedFetch(path);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
