/**
 * Turns whatever Apollo or fetch rejected with into one shape the screens can use: the API's error code, a
 * French message for a person, and the per-field messages of input errors (`extensions.fields`).
 */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'GONE'
  | 'SERVICE_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'NETWORK'
  | 'UNKNOWN';

export interface ParsedApiError {
  code: ApiErrorCode;
  /** A sentence in French, fit to show as is. */
  message: string;
  /** Field name (dot path, as Mantine form uses) → French message. */
  fields: Record<string, string>;
  /** The message the server wrote, if any (French for the API's own errors). */
  serverMessage: string | null;
  /** The other `extensions` of the error the code was read from (e.g. `reason`, `existingParticipantId`). */
  extensions: Record<string, unknown>;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: ({ code?: unknown; fields?: unknown } & Record<string, unknown>) | null;
}

const KNOWN_CODES = new Set<ApiErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GONE',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
]);

export const DEFAULT_MESSAGES: Record<ApiErrorCode, string> = {
  BAD_USER_INPUT: 'Certaines informations saisies ne sont pas valides.',
  UNAUTHENTICATED: 'Votre session a expiré. Veuillez vous reconnecter.',
  FORBIDDEN: 'Vous n’avez pas les droits nécessaires pour effectuer cette action.',
  NOT_FOUND: 'L’élément demandé est introuvable. Il a peut-être été supprimé.',
  CONFLICT:
    'Cet élément a été modifié par quelqu’un d’autre pendant que vous le consultiez. Rechargez la page pour voir la dernière version, puis refaites vos modifications.',
  GONE: 'Ce lien n’est plus valable : il a déjà servi ou il a expiré.',
  SERVICE_UNAVAILABLE:
    'Le service est momentanément indisponible : rien n’a été enregistré. Réessayez dans quelques instants.',
  RATE_LIMITED: 'Trop de requêtes en peu de temps. Patientez un instant puis réessayez.',
  NETWORK: 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.',
  UNKNOWN: 'Une erreur inattendue est survenue. Réessayez dans quelques instants.',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] | null {
  if (!isObject(error)) return null;
  if (Array.isArray(error.errors)) return error.errors as GraphQLErrorLike[];
  // Apollo's ServerError (non-2xx answer) keeps the raw body: it may still be a GraphQL response.
  if (typeof error.bodyText === 'string') {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      if (isObject(body) && Array.isArray(body.errors)) return body.errors as GraphQLErrorLike[];
    } catch {
      return null;
    }
  }
  return null;
}

function isNetworkError(error: unknown): boolean {
  if (!isObject(error)) return false;
  const name = typeof error.name === 'string' ? error.name : '';
  const message = typeof error.message === 'string' ? error.message : '';
  return (
    name === 'TypeError' ||
    name === 'ServerParseError' ||
    /failed to fetch|networkerror|network request failed|load failed|fetch failed/i.test(message) ||
    (name === 'ServerError' && typeof error.statusCode === 'number' && error.statusCode >= 500)
  );
}

function stringFields(value: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!isObject(value)) return fields;
  for (const [key, message] of Object.entries(value)) {
    if (typeof message === 'string' && message.trim()) fields[key] = message;
    else if (Array.isArray(message) && typeof message[0] === 'string') fields[key] = message.join(' ');
  }
  return fields;
}

export function parseApiError(error: unknown): ParsedApiError {
  const errors = graphQLErrorsOf(error);
  if (errors && errors.length > 0) {
    const first = errors.find((e) => KNOWN_CODES.has(e.extensions?.code as ApiErrorCode)) ?? errors[0];
    const rawCode = first.extensions?.code;
    const code: ApiErrorCode = KNOWN_CODES.has(rawCode as ApiErrorCode) ? (rawCode as ApiErrorCode) : 'UNKNOWN';
    const fields = Object.assign({}, ...errors.map((e) => stringFields(e.extensions?.fields))) as Record<
      string,
      string
    >;
    const serverMessage = typeof first.message === 'string' ? first.message.trim() : '';
    // The API's own errors (known codes) carry a French sentence meant for users; anything else stays generic.
    const message = code !== 'UNKNOWN' && serverMessage ? serverMessage : DEFAULT_MESSAGES[code];
    const extensions = Object.fromEntries(
      Object.entries(first.extensions ?? {}).filter(([key]) => key !== 'code' && key !== 'fields'),
    );
    return { code, message, fields, serverMessage: serverMessage || null, extensions };
  }
  if (isObject(error) && error.statusCode === 401) {
    return {
      code: 'UNAUTHENTICATED',
      message: DEFAULT_MESSAGES.UNAUTHENTICATED,
      fields: {},
      serverMessage: null,
      extensions: {},
    };
  }
  if (isObject(error) && error.statusCode === 403) {
    return { code: 'FORBIDDEN', message: DEFAULT_MESSAGES.FORBIDDEN, fields: {}, serverMessage: null, extensions: {} };
  }
  if (isNetworkError(error))
    return { code: 'NETWORK', message: DEFAULT_MESSAGES.NETWORK, fields: {}, serverMessage: null, extensions: {} };
  return { code: 'UNKNOWN', message: DEFAULT_MESSAGES.UNKNOWN, fields: {}, serverMessage: null, extensions: {} };
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return parseApiError(error).code === code;
}

/**
 * Splits field messages between those a form can show under its inputs and the rest, which go in a
 * notification so that no message is lost.
 */
export function splitFieldErrors(
  fields: Record<string, string>,
  knownFields: readonly string[],
  rename: Record<string, string> = {},
): { formErrors: Record<string, string>; otherMessages: string[] } {
  const formErrors: Record<string, string> = {};
  const otherMessages: string[] = [];
  for (const [rawKey, message] of Object.entries(fields)) {
    const key = rename[rawKey] ?? rawKey.replace(/^input\./, '');
    const known = knownFields.some((field) => key === field || key.startsWith(`${field}.`));
    if (known) formErrors[key] = message;
    else otherMessages.push(message);
  }
  return { formErrors, otherMessages };
}

/**
 * When creating a participant hits a file of the same person (CONFLICT with reason DUPLICATE_PARTICIPANT), the ids
 * of the existing files, first the oldest; null for any other error.
 */
export function duplicateParticipantIds(error: unknown): string[] | null {
  const parsed = parseApiError(error);
  if (parsed.code !== 'CONFLICT' || parsed.extensions.reason !== 'DUPLICATE_PARTICIPANT') return null;
  const { existingParticipantIds, existingParticipantId } = parsed.extensions;
  const ids = Array.isArray(existingParticipantIds)
    ? existingParticipantIds.filter((id): id is string => typeof id === 'string')
    : [];
  if (ids.length === 0 && typeof existingParticipantId === 'string') ids.push(existingParticipantId);
  return ids.length > 0 ? ids : null;
}

/** Whether an error is worth retrying as is: the server said so (SERVICE_UNAVAILABLE) or could not be reached. */
export function isRetryable(error: unknown): boolean {
  const { code } = parseApiError(error);
  return code === 'SERVICE_UNAVAILABLE' || code === 'NETWORK';
}
