import * as argon2 from 'argon2';

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });
export const verifyPassword = (hash: string, password: string) => argon2.verify(hash, password).catch(() => false);

/** A hash of nothing, verified when the e-mail is unknown so that both paths take the same time. */
let decoyHash: Promise<string> | null = null;
export const decoyPasswordHash = () => (decoyHash ??= hashPassword('decoy-password-never-matches'));

/** French reason why a new password is too weak, or null. */
export function passwordWeakness(password: string): string | null {
  if (password.length < 12) return 'Le mot de passe doit contenir au moins 12 caractères.';
  if (!/[a-zA-Z]/.test(password) || !/[0-9]/.test(password)) return 'Le mot de passe doit mêler lettres et chiffres.';
  return null;
}
