import { notifications } from '@mantine/notifications';
import { parseApiError, splitFieldErrors, type ParsedApiError } from './api-errors';

const TITLES: Record<ParsedApiError['code'], string> = {
  BAD_USER_INPUT: 'Saisie incorrecte',
  UNAUTHENTICATED: 'Session expirée',
  FORBIDDEN: 'Accès refusé',
  NOT_FOUND: 'Introuvable',
  CONFLICT: 'Modification concurrente',
  SERVICE_UNAVAILABLE: 'Service momentanément indisponible',
  RATE_LIMITED: 'Trop de requêtes',
  NETWORK: 'Serveur injoignable',
  UNKNOWN: 'Erreur',
};

export function notifySuccess(message: string, title = 'C’est fait'): void {
  notifications.show({ color: 'teal', title, message });
}

export function notifyError(error: unknown): ParsedApiError {
  const parsed = parseApiError(error);
  notifications.show({
    color: 'red',
    title: TITLES[parsed.code],
    message: parsed.message,
    autoClose: parsed.code === 'CONFLICT' ? false : 8000,
  });
  return parsed;
}

/**
 * Shows an API error on a form: field messages under their inputs, anything else in a notification.
 * `rename` maps API field names to form paths when they differ.
 */
export function showFormError(
  form: { getValues(): object; setErrors(errors: Record<string, string>): void },
  error: unknown,
  rename: Record<string, string> = {},
): ParsedApiError {
  const parsed = parseApiError(error);
  const { formErrors, otherMessages } = splitFieldErrors(parsed.fields, Object.keys(form.getValues()), rename);
  if (Object.keys(formErrors).length > 0) {
    form.setErrors(formErrors);
    if (otherMessages.length > 0) {
      notifications.show({ color: 'red', title: TITLES[parsed.code], message: otherMessages.join(' ') });
    }
    return parsed;
  }
  if (otherMessages.length > 0) {
    notifications.show({ color: 'red', title: TITLES[parsed.code], message: otherMessages.join(' ') });
    return parsed;
  }
  return notifyError(error);
}

/** What `saveForm` needs of a Mantine form. */
type ErrorsForm = Parameters<typeof showFormError>[0];

/** A success notice: its message, or its message and title. */
export type Notice = string | { message: string; title: string };

/**
 * A form's usual save: `save` runs, then the notice `saved` and `then` (closing the dialog, mostly); when the API
 * refuses, its messages go on the form (see showFormError) and nothing else happens.
 */
export async function saveForm(
  form: ErrorsForm,
  save: () => Promise<unknown>,
  saved: Notice,
  then: () => void,
  rename?: Record<string, string>,
): Promise<void> {
  try {
    await save();
    if (typeof saved === 'string') notifySuccess(saved);
    else notifySuccess(saved.message, saved.title);
    then();
  } catch (error) {
    showFormError(form, error, rename);
  }
}
