/**
 * Where the session lives in the browser: the access token only in memory (never persisted, so an XSS dump of
 * storage does not leak it), the refresh token and the chosen structure in localStorage so a reload keeps the
 * user signed in on the same structure.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** ISO 8601 instant. */
  accessTokenExpiresAt: string;
}

export interface TokenSnapshot {
  readonly accessToken: string | null;
  /** Milliseconds since the epoch, or null when unknown. */
  readonly accessTokenExpiresAt: number | null;
  readonly refreshToken: string | null;
  readonly structureId: string | null;
}

export const REFRESH_TOKEN_KEY = 'passerelle.refreshToken';
export const STRUCTURE_ID_KEY = 'passerelle.structureId';

function safeGet(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeSet(storage: KeyValueStorage | null, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Storage can be unavailable (private browsing, quota): the session then only lasts as long as the page.
  }
}

export function createTokenStore(storage: KeyValueStorage | null, now: () => number = Date.now) {
  let snapshot: TokenSnapshot = {
    accessToken: null,
    accessTokenExpiresAt: null,
    refreshToken: safeGet(storage, REFRESH_TOKEN_KEY),
    structureId: safeGet(storage, STRUCTURE_ID_KEY),
  };
  const listeners = new Set<() => void>();

  function update(patch: Partial<TokenSnapshot>): void {
    snapshot = { ...snapshot, ...patch };
    listeners.forEach((listener) => listener());
  }

  return {
    /** Stable between changes, for React's useSyncExternalStore. */
    getSnapshot(): TokenSnapshot {
      return snapshot;
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getAccessToken(): string | null {
      return snapshot.accessToken;
    },
    getRefreshToken(): string | null {
      return snapshot.refreshToken;
    },
    getStructureId(): string | null {
      return snapshot.structureId;
    },
    hasSession(): boolean {
      return snapshot.refreshToken !== null;
    },
    /** True when there is no usable access token, or it expires within `marginMs`. */
    accessTokenExpiresSoon(marginMs = 30_000): boolean {
      if (!snapshot.accessToken) return true;
      if (snapshot.accessTokenExpiresAt === null) return false;
      return snapshot.accessTokenExpiresAt - now() <= marginMs;
    },
    setSession(tokens: SessionTokens): void {
      const expiresAt = Date.parse(tokens.accessTokenExpiresAt);
      safeSet(storage, REFRESH_TOKEN_KEY, tokens.refreshToken);
      update({
        accessToken: tokens.accessToken,
        accessTokenExpiresAt: Number.isNaN(expiresAt) ? null : expiresAt,
        refreshToken: tokens.refreshToken,
      });
    },
    setStructureId(structureId: string | null): void {
      if (structureId === snapshot.structureId) return;
      safeSet(storage, STRUCTURE_ID_KEY, structureId);
      update({ structureId });
    },
    /** Forgets the tokens; the chosen structure stays as a preference for the next sign-in. */
    clearSession(): void {
      safeSet(storage, REFRESH_TOKEN_KEY, null);
      update({ accessToken: null, accessTokenExpiresAt: null, refreshToken: null });
    },
    /** Picks up a change made by another tab (the `storage` event). */
    syncFromStorage(): void {
      const refreshToken = safeGet(storage, REFRESH_TOKEN_KEY);
      const structureId = safeGet(storage, STRUCTURE_ID_KEY);
      if (refreshToken === snapshot.refreshToken && structureId === snapshot.structureId) return;
      update(
        refreshToken === snapshot.refreshToken
          ? { structureId }
          : { refreshToken, structureId, accessToken: null, accessTokenExpiresAt: null },
      );
    },
  };
}

export type TokenStore = ReturnType<typeof createTokenStore>;

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export const tokenStore = createTokenStore(browserStorage());
