/**
 * Secrets that are public because they are written in this repository (development stack, examples). An API in
 * production must never sign tokens with them: anyone could forge a platform administrator's token.
 * `jwt-secret.spec.ts` scans the repository and fails when a new literal `JWT_SECRET` is missing from this list.
 */
export const PUBLIC_JWT_SECRETS: readonly string[] = ['dev-only-secret-change-me-in-production-0001'];

/** Below this estimate a secret is guessable; `openssl rand -hex 32` gives about 240. */
export const MIN_JWT_SECRET_BITS = 128;

/** Shannon estimate of a string's entropy, in bits: length × entropy per character of its own distribution. */
export function estimatedEntropyBits(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...value].length;
  let perChar = 0;
  for (const count of counts.values()) perChar -= (count / length) * Math.log2(count / length);
  return perChar * length;
}

/** Why this secret may not sign production tokens (French, for the start-up line), or null when it may. */
export function productionJwtSecretProblem(secret: string): string | null {
  if (PUBLIC_JWT_SECRETS.includes(secret.trim())) {
    return 'est un secret public (il figure dans le dépôt) : générez-en un avec « openssl rand -hex 32 »';
  }
  if (estimatedEntropyBits(secret) < MIN_JWT_SECRET_BITS) {
    return 'est trop prévisible : générez-en un avec « openssl rand -hex 32 »';
  }
  return null;
}
