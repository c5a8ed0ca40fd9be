/**
 * Where the session lives in the browser: the access token only in memory (never persisted, so an XSS dump of
 * storage does not leak it); the refresh token in an HttpOnly cookie no script can read (set by the API, sent only
 * to /auth). localStorage keeps two harmless hints: that this browser is signed in (so a reload tries a refresh and
 * other tabs follow a sign-out) and the chosen structure.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SessionTokens {
  accessToken: string;
  /** ISO 8601 instant. */
  accessTokenExpiresAt: string;
}

export interface TokenSnapshot {
  readonly accessToken: string | null;
  /** Milliseconds since the epoch, or null when unknown. */
  readonly accessTokenExpiresAt: number | null;
  /** A refresh cookie should exist: the user signed in and has not signed out. */
  readonly signedIn: boolean;
  readonly structureId: string | null;
}

export const SIGNED_IN_KEY = 'passerelle.signedIn';
export const STRUCTURE_ID_KEY = 'passerelle.structureId';
/** Where earlier versions kept the refresh token itself; removed on sight. */
const LEGACY_REFRESH_TOKEN_KEY = 'passerelle.refreshToken';

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
  safeSet(storage, LEGACY_REFRESH_TOKEN_KEY, null);
  let snapshot: TokenSnapshot = {
    accessToken: null,
    accessTokenExpiresAt: null,
    signedIn: safeGet(storage, SIGNED_IN_KEY) !== null,
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
    getStructureId(): string | null {
      return snapshot.structureId;
    },
    hasSession(): boolean {
      return snapshot.signedIn;
    },
    /** True when there is no usable access token, or it expires within `marginMs`. */
    accessTokenExpiresSoon(marginMs = 30_000): boolean {
      if (!snapshot.accessToken) return true;
      if (snapshot.accessTokenExpiresAt === null) return false;
      return snapshot.accessTokenExpiresAt - now() <= marginMs;
    },
    setSession(tokens: SessionTokens): void {
      const expiresAt = Date.parse(tokens.accessTokenExpiresAt);
      safeSet(storage, SIGNED_IN_KEY, '1');
      update({
        accessToken: tokens.accessToken,
        accessTokenExpiresAt: Number.isNaN(expiresAt) ? null : expiresAt,
        signedIn: true,
      });
    },
    setStructureId(structureId: string | null): void {
      if (structureId === snapshot.structureId) return;
      safeSet(storage, STRUCTURE_ID_KEY, structureId);
      update({ structureId });
    },
    /** Forgets the tokens; the chosen structure stays as a preference for the next sign-in. */
    clearSession(): void {
      safeSet(storage, SIGNED_IN_KEY, null);
      update({ accessToken: null, accessTokenExpiresAt: null, signedIn: false });
    },
    /** Picks up a change made by another tab (the `storage` event): a sign-in, a sign-out, a structure switch. */
    syncFromStorage(): void {
      const signedIn = safeGet(storage, SIGNED_IN_KEY) !== null;
      const structureId = safeGet(storage, STRUCTURE_ID_KEY);
      if (signedIn === snapshot.signedIn && structureId === snapshot.structureId) return;
      update(
        signedIn === snapshot.signedIn
          ? { structureId }
          : { signedIn, structureId, accessToken: null, accessTokenExpiresAt: null },
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
