import { describe, expect, it, vi } from 'vitest';
import { createTokenStore, SIGNED_IN_KEY, STRUCTURE_ID_KEY, type KeyValueStorage } from './token-store';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const tokens = { accessToken: 'access-1', accessTokenExpiresAt: '2026-03-01T10:15:00.000Z' };

describe('token store', () => {
  it('keeps the access token in memory only and persists no token, just the signed-in hint', () => {
    const storage = memoryStorage();
    const store = createTokenStore(storage);
    store.setSession(tokens);
    expect(store.getAccessToken()).toBe('access-1');
    expect([...storage.data.entries()]).toEqual([[SIGNED_IN_KEY, '1']]);

    const afterReload = createTokenStore(storage);
    expect(afterReload.getAccessToken()).toBeNull();
    expect(afterReload.hasSession()).toBe(true);
  });

  it('removes a refresh token an earlier version left in storage', () => {
    const storage = memoryStorage({ 'passerelle.refreshToken': 'old-refresh-token' });
    const store = createTokenStore(storage);
    expect(storage.data.size).toBe(0);
    expect(store.hasSession()).toBe(false);
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
    expect(storage.data.has(SIGNED_IN_KEY)).toBe(false);
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

  it('follows another tab that signed out, or signed in', () => {
    const storage = memoryStorage();
    const store = createTokenStore(storage);
    store.setSession(tokens);
    storage.data.delete(SIGNED_IN_KEY);
    store.syncFromStorage();
    expect(store.hasSession()).toBe(false);
    expect(store.getAccessToken()).toBeNull();
    storage.data.set(SIGNED_IN_KEY, '1');
    store.syncFromStorage();
    expect(store.hasSession()).toBe(true);
    expect(store.getAccessToken()).toBeNull();
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
    expect(store.getAccessToken()).toBe('access-1');
    expect(store.hasSession()).toBe(true);
  });
});
