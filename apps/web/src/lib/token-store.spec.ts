import { describe, expect, it, vi } from 'vitest';
import { createTokenStore, REFRESH_TOKEN_KEY, STRUCTURE_ID_KEY, type KeyValueStorage } from './token-store';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const tokens = { accessToken: 'access-1', refreshToken: 'refresh-1', accessTokenExpiresAt: '2026-03-01T10:15:00.000Z' };

describe('token store', () => {
  it('keeps the access token in memory only and persists the refresh token', () => {
    const storage = memoryStorage();
    const store = createTokenStore(storage);
    store.setSession(tokens);
    expect(store.getAccessToken()).toBe('access-1');
    expect(storage.data.get(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    expect([...storage.data.values()]).not.toContain('access-1');

    const afterReload = createTokenStore(storage);
    expect(afterReload.getAccessToken()).toBeNull();
    expect(afterReload.getRefreshToken()).toBe('refresh-1');
    expect(afterReload.hasSession()).toBe(true);
  });

  it('says the access token must be refreshed when missing or close to expiry', () => {
    let now = Date.parse('2026-03-01T10:00:00.000Z');
    const store = createTokenStore(memoryStorage(), () => now);
    expect(store.accessTokenExpiresSoon()).toBe(true);
    store.setSession(tokens);
    expect(store.accessTokenExpiresSoon()).toBe(false);
    now = Date.parse('2026-03-01T10:14:45.000Z');
    expect(store.accessTokenExpiresSoon()).toBe(true);
  });

  it('clears the tokens on sign-out but remembers the chosen structure', () => {
    const storage = memoryStorage();
    const store = createTokenStore(storage);
    store.setSession(tokens);
    store.setStructureId('structure-7');
    store.clearSession();
    expect(store.getAccessToken()).toBeNull();
    expect(store.hasSession()).toBe(false);
    expect(storage.data.has(REFRESH_TOKEN_KEY)).toBe(false);
    expect(storage.data.get(STRUCTURE_ID_KEY)).toBe('structure-7');
    expect(store.getStructureId()).toBe('structure-7');
  });

  it('notifies subscribers with a new snapshot on each change, and not for no-ops', () => {
    const store = createTokenStore(memoryStorage());
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = store.getSnapshot();
    store.setStructureId('s-1');
    store.setStructureId('s-1');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).not.toBe(before);
    unsubscribe();
    store.setStructureId('s-2');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('follows another tab that signed out or rotated the refresh token', () => {
    const storage = memoryStorage();
    const store = createTokenStore(storage);
    store.setSession(tokens);
    storage.data.set(REFRESH_TOKEN_KEY, 'refresh-2');
    store.syncFromStorage();
    expect(store.getRefreshToken()).toBe('refresh-2');
    expect(store.getAccessToken()).toBeNull();
    storage.data.delete(REFRESH_TOKEN_KEY);
    store.syncFromStorage();
    expect(store.hasSession()).toBe(false);
  });

  it('survives a storage that throws (private browsing)', () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createTokenStore(broken);
    store.setSession(tokens);
    expect(store.getRefreshToken()).toBe('refresh-1');
  });
});
