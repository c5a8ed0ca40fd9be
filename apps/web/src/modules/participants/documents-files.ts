import { authorizedFetch } from '../../lib/http';

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
