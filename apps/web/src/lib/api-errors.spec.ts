import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGES, duplicateParticipantIds, isRetryable, parseApiError, splitFieldErrors } from './api-errors';

function graphQLError(code: string, message: string, fields?: Record<string, string>) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }],
  });
}

describe('parseApiError', () => {
  it('maps an input error to its field messages and the server’s French message', () => {
    const parsed = parseApiError(
      graphQLError('BAD_USER_INPUT', 'Certaines informations sont invalides.', {
        siret: 'Ce SIRET est déjà utilisé par une autre structure.',
        'areas.0.code': 'Code INSEE inconnu.',
      }),
    );
    expect(parsed.code).toBe('BAD_USER_INPUT');
    expect(parsed.message).toBe('Certaines informations sont invalides.');
    expect(parsed.fields).toEqual({
      siret: 'Ce SIRET est déjà utilisé par une autre structure.',
      'areas.0.code': 'Code INSEE inconnu.',
    });
  });

  it('tells the user to reload on a version conflict, in the server’s words when it gives some', () => {
    const parsed = parseApiError(graphQLError('CONFLICT', 'Cet élément a été modifié entre-temps. Rechargez la page.'));
    expect(parsed.code).toBe('CONFLICT');
    expect(parsed.message).toBe('Cet élément a été modifié entre-temps. Rechargez la page.');
    expect(parseApiError(graphQLError('CONFLICT', '')).message).toBe(DEFAULT_MESSAGES.CONFLICT);
    expect(DEFAULT_MESSAGES.CONFLICT).toMatch(/Rechargez la page/);
  });

  it('shows a used or expired link in the server’s words (GONE), never as an unexpected error', () => {
    const parsed = parseApiError(graphQLError('GONE', 'Ce lien de signature a déjà été utilisé.'));
    expect(parsed).toMatchObject({ code: 'GONE', message: 'Ce lien de signature a déjà été utilisé.' });
    expect(parseApiError(graphQLError('GONE', '')).message).toBe(DEFAULT_MESSAGES.GONE);
  });

  it('keeps unknown server codes behind a generic French message', () => {
    const parsed = parseApiError(graphQLError('INTERNAL_SERVER_ERROR', 'Unexpected error.'));
    expect(parsed).toMatchObject({ code: 'UNKNOWN', message: DEFAULT_MESSAGES.UNKNOWN, fields: {} });
  });

  it('prefers a known code when several errors come back', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        { message: 'Accès refusé', extensions: { code: 'FORBIDDEN' } },
      ],
    });
    expect(parseApiError(error).code).toBe('FORBIDDEN');
  });

  it('reads GraphQL errors out of a non-2xx answer', () => {
    const response = new Response('', { status: 401 });
    const body = JSON.stringify({ errors: [{ message: 'Jeton expiré', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(parseApiError(new ServerError('401', { response, bodyText: body })).code).toBe('UNAUTHENTICATED');
    expect(parseApiError(new ServerError('401', { response, bodyText: 'Unauthorized' })).code).toBe('UNAUTHENTICATED');
  });

  it('tells that a write was not recorded when the service is unavailable (503), and that it may be retried', () => {
    const response = new Response('', { status: 503 });
    const message =
      'Le service est momentanément indisponible ; rien n’a été enregistré. Réessayez dans quelques instants.';
    const body = JSON.stringify({
      errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 } }],
    });
    const error = new ServerError('503', { response, bodyText: body });
    expect(parseApiError(error)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message });
    expect(isRetryable(error)).toBe(true);
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable(graphQLError('CONFLICT', 'Modifié entre-temps.'))).toBe(false);
    expect(DEFAULT_MESSAGES.SERVICE_UNAVAILABLE).toMatch(/rien n’a été enregistré/);
  });

  it('shows the API’s French message when it refuses too many requests (429)', () => {
    const response = new Response('', { status: 429 });
    const message = 'Trop de requêtes. Réessayez dans 1 minute.';
    const body = JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 } }] });
    expect(parseApiError(new ServerError('429', { response, bodyText: body }))).toMatchObject({
      code: 'RATE_LIMITED',
      message,
      extensions: { retryAfterSeconds: 60 },
    });
  });

  it('recognises an unreachable server', () => {
    expect(parseApiError(new TypeError('Failed to fetch'))).toMatchObject({
      code: 'NETWORK',
      message: DEFAULT_MESSAGES.NETWORK,
    });
    const response = new Response('', { status: 502 });
    expect(parseApiError(new ServerError('Bad gateway', { response, bodyText: '<html>' })).code).toBe('NETWORK');
  });

  it('never throws on odd values', () => {
    expect(parseApiError(undefined).code).toBe('UNKNOWN');
    expect(parseApiError('oops').code).toBe('UNKNOWN');
    expect(parseApiError({ errors: [] }).code).toBe('UNKNOWN');
  });
});

describe('splitFieldErrors', () => {
  it('puts messages of known fields (and their nested paths) on the form and the rest aside', () => {
    const result = splitFieldErrors(
      {
        name: 'Nom déjà pris.',
        'areas.1.label': 'Libellé obligatoire.',
        'input.code': 'Code déjà utilisé.',
        structureId: 'Structure inconnue.',
      },
      ['name', 'code', 'areas'],
    );
    expect(result.formErrors).toEqual({
      name: 'Nom déjà pris.',
      'areas.1.label': 'Libellé obligatoire.',
      code: 'Code déjà utilisé.',
    });
    expect(result.otherMessages).toEqual(['Structure inconnue.']);
  });

  it('renames API fields to form paths', () => {
    expect(
      splitFieldErrors({ newPassword: 'Trop court.' }, ['password'], { newPassword: 'password' }).formErrors,
    ).toEqual({
      password: 'Trop court.',
    });
  });
});

describe('duplicateParticipantIds', () => {
  it('reads the existing files out of a duplicate conflict, and nothing out of other errors', () => {
    const duplicate = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message:
            'Une personne de mêmes nom, prénom et date de naissance est déjà suivie par la structure : ouvrez sa fiche.',
          extensions: {
            code: 'CONFLICT',
            reason: 'DUPLICATE_PARTICIPANT',
            existingParticipantId: 'p1',
            existingParticipantIds: ['p1', 'p2'],
          },
        },
      ],
    });
    expect(duplicateParticipantIds(duplicate)).toEqual(['p1', 'p2']);
    expect(parseApiError(duplicate).extensions).toEqual({
      reason: 'DUPLICATE_PARTICIPANT',
      existingParticipantId: 'p1',
      existingParticipantIds: ['p1', 'p2'],
    });
    const single = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'x',
          extensions: { code: 'CONFLICT', reason: 'DUPLICATE_PARTICIPANT', existingParticipantId: 'p9' },
        },
      ],
    });
    expect(duplicateParticipantIds(single)).toEqual(['p9']);
    expect(duplicateParticipantIds(graphQLError('CONFLICT', 'Modifié entre-temps.'))).toBeNull();
    expect(duplicateParticipantIds(new TypeError('Failed to fetch'))).toBeNull();
  });
});
