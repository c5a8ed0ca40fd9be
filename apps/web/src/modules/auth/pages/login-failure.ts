import type { ParsedApiError } from '../../../lib/api-errors';

export const LOGIN_FAILED_MESSAGE = 'Adresse e-mail ou mot de passe incorrect.';

/** Wrong credentials, locked account: the server's (French) words; anything else: our message for that code. */
export function loginFailureMessage(error: ParsedApiError): string {
  if (['UNAUTHENTICATED', 'BAD_USER_INPUT', 'FORBIDDEN'].includes(error.code)) {
    return error.serverMessage ?? LOGIN_FAILED_MESSAGE;
  }
  return error.message;
}
