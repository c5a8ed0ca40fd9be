import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGES } from './api-errors';
import { restError } from './http';

function answer(status: number, body?: unknown): Response {
  return new Response(body === undefined ? '' : JSON.stringify(body), { status });
}

describe('restError', () => {
  it('brings the API’s own French message of a used signing link (410 GONE) to the screen', async () => {
    const parsed = await restError(answer(410, { code: 'GONE', message: 'Ce lien de signature a déjà été utilisé.' }));
    expect(parsed).toMatchObject({ code: 'GONE', message: 'Ce lien de signature a déjà été utilisé.' });
  });

  it('names each known status by its code when the body says nothing', async () => {
    const cases: Array<[number, keyof typeof DEFAULT_MESSAGES]> = [
      [400, 'BAD_USER_INPUT'],
      [401, 'UNAUTHENTICATED'],
      [403, 'FORBIDDEN'],
      [404, 'NOT_FOUND'],
      [409, 'CONFLICT'],
      [410, 'GONE'],
      [429, 'RATE_LIMITED'],
      [503, 'SERVICE_UNAVAILABLE'],
    ];
    for (const [status, code] of cases) {
      const parsed = await restError(answer(status));
      expect(parsed.code).toBe(code);
      expect(parsed.message).toBe(DEFAULT_MESSAGES[code]);
    }
    expect((await restError(answer(500))).message).toBe(DEFAULT_MESSAGES.UNKNOWN);
  });
});
