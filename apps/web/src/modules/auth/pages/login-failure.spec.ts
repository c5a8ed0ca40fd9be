import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGES, type ParsedApiError } from '../../../lib/api-errors';
import { LOGIN_FAILED_MESSAGE, loginFailureMessage } from './login-failure';

const error = (code: ParsedApiError['code'], serverMessage: string | null): ParsedApiError => ({
  code,
  serverMessage,
  message: DEFAULT_MESSAGES[code],
  fields: {},
  extensions: {},
});

describe('loginFailureMessage', () => {
  it('shows the server’s words for bad credentials or a locked account', () => {
    expect(loginFailureMessage(error('UNAUTHENTICATED', 'Identifiants invalides.'))).toBe('Identifiants invalides.');
    expect(loginFailureMessage(error('UNAUTHENTICATED', null))).toBe(LOGIN_FAILED_MESSAGE);
  });
  it('explains an unreachable server instead of blaming the password', () => {
    expect(loginFailureMessage(error('NETWORK', null))).toBe(DEFAULT_MESSAGES.NETWORK);
  });
});
