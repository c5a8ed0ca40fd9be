/** The password rule, checked by the API and, to answer before the round trip, by the web client. */
export const MIN_PASSWORD_LENGTH = 12;

export const PASSWORD_HINT = `Au moins ${MIN_PASSWORD_LENGTH} caractères, avec des lettres et des chiffres.`;

/** French reason why a new password is too weak, or null. */
export function passwordWeakness(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `Le mot de passe doit contenir au moins ${MIN_PASSWORD_LENGTH} caractères.`;
  if (!/[a-zA-Z]/.test(password) || !/[0-9]/.test(password)) return 'Le mot de passe doit mêler lettres et chiffres.';
  return null;
}
