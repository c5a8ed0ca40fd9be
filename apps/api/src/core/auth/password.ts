import * as argon2 from 'argon2';

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });
export const verifyPassword = (hash: string, password: string) => argon2.verify(hash, password).catch(() => false);

/** A hash of nothing, verified when the e-mail is unknown so that both paths take the same time. */
let decoyHash: Promise<string> | null = null;
export const decoyPasswordHash = () => (decoyHash ??= hashPassword('decoy-password-never-matches'));

export { passwordWeakness } from '@passerelle/domain';
