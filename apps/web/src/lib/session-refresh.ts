import { tokenStore, type TokenStore } from './token-store';

export type RefreshResult = 'ok' | 'rejected' | 'unreachable';

/** The API routes that receive the HttpOnly refresh cookie (its path is /auth). */
export const REFRESH_PATH = '/auth/refresh';
export const LOGOUT_PATH = '/auth/logout';

let inflight: Promise<RefreshResult> | null = null;

async function doRefresh(store: TokenStore): Promise<RefreshResult> {
  let response: Response;
  try {
    response = await fetch(REFRESH_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    return 'unreachable';
  }
  if (response.status >= 500) return 'unreachable';
  // The caller decides what a rejection means (sign out, or nothing for the sign-in page).
  if (!response.ok) return 'rejected';
  let body: { accessToken?: string; accessTokenExpiresAt?: string };
  try {
    body = await response.json();
  } catch {
    return 'unreachable';
  }
  if (!body.accessToken || !body.accessTokenExpiresAt) return 'rejected';
  store.setSession({ accessToken: body.accessToken, accessTokenExpiresAt: body.accessTokenExpiresAt });
  return 'ok';
}

/**
 * Exchanges the refresh cookie for a new access token. Concurrent callers share one request, so a burst of queries
 * failing with UNAUTHENTICATED rotates the refresh token only once (other tabs get the same successor from the API).
 */
export function refreshAccessToken(store: TokenStore = tokenStore): Promise<RefreshResult> {
  if (!store.hasSession()) return Promise.resolve('rejected');
  if (!inflight) {
    inflight = doRefresh(store).finally(() => {
      inflight = null;
    });
  }
  return inflight;
}

/** Ends the session on the API (its access tokens stop working at once) and clears the refresh cookie. */
export async function endSession(): Promise<void> {
  try {
    await fetch(LOGOUT_PATH, { method: 'POST', credentials: 'same-origin' });
  } catch {
    // The session is forgotten locally whatever the server says.
  }
}
