import { print } from 'graphql';
import { REFRESH_SESSION_MUTATION } from './session-operations';
import { tokenStore, type TokenStore } from './token-store';

export type RefreshResult = 'ok' | 'rejected' | 'unreachable';

let inflight: Promise<RefreshResult> | null = null;
const refreshQuery = print(REFRESH_SESSION_MUTATION);

async function doRefresh(store: TokenStore, refreshToken: string): Promise<RefreshResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        operationName: 'RefreshSession',
        query: refreshQuery,
        variables: { input: { refreshToken } },
      }),
    });
  } catch {
    return 'unreachable';
  }
  if (response.status >= 500) return 'unreachable';
  let body: {
    data?: {
      refreshSession?: { accessToken: string; refreshToken: string; accessTokenExpiresAt: string } | null;
    } | null;
  };
  try {
    body = await response.json();
  } catch {
    return 'unreachable';
  }
  const payload = body.data?.refreshSession;
  // The caller decides what a rejection means (sign out, or nothing for the sign-in page).
  if (!payload) return 'rejected';
  store.setSession(payload);
  return 'ok';
}

/**
 * Exchanges the refresh token for a new access token. Concurrent callers share one request, so a burst of
 * queries failing with UNAUTHENTICATED rotates the refresh token only once.
 */
export function refreshAccessToken(store: TokenStore = tokenStore): Promise<RefreshResult> {
  const refreshToken = store.getRefreshToken();
  if (!refreshToken) return Promise.resolve('rejected');
  if (!inflight) {
    inflight = doRefresh(store, refreshToken).finally(() => {
      inflight = null;
    });
  }
  return inflight;
}
