import { useApolloClient, useQuery } from '@apollo/client/react';
import type { Permission } from '@passerelle/domain';
import { useCallback, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { LoginMutation } from '../../../generated/graphql';
import { parseApiError } from '../../../lib/api-errors';
import { endSession } from '../../../lib/session-refresh';
import { tokenStore } from '../../../lib/token-store';
import { ME_QUERY } from '../graphql/auth';
import { SessionContext, type SessionValue } from '../hooks/session-context';
import { chooseStructureId } from '../hooks/structure-choice';

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const tokens = useSyncExternalStore(tokenStore.subscribe, tokenStore.getSnapshot);
  const signedIn = tokens.signedIn;
  const { data, error, refetch } = useQuery(ME_QUERY, { skip: !signedIn, fetchPolicy: 'cache-first' });
  const me = signedIn ? (data?.me ?? null) : null;

  // Another tab signed in, signed out or switched structure.
  useEffect(() => {
    function onStorage() {
      const before = tokenStore.getStructureId();
      tokenStore.syncFromStorage();
      if (tokenStore.getStructureId() !== before) void client.resetStore();
    }
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [client]);

  // The server resolves the structure from X-Structure-Id; keep our choice in line with what it used.
  const serverStructureId = me?.currentStructure?.id ?? null;
  useEffect(() => {
    if (!me) return;
    const wanted = chooseStructureId(tokenStore.getStructureId(), me.memberships, serverStructureId);
    if (wanted && wanted !== tokenStore.getStructureId()) {
      tokenStore.setStructureId(wanted);
      if (wanted !== serverStructureId) void client.resetStore();
    }
  }, [me, serverStructureId, client]);

  // The remembered structure is no longer ours (membership removed): fall back to the default one.
  const errorCode = error ? parseApiError(error).code : null;
  useEffect(() => {
    if (errorCode === 'FORBIDDEN' && tokenStore.getStructureId()) {
      tokenStore.setStructureId(null);
      void refetch();
    }
  }, [errorCode, refetch]);

  const signIn = useCallback(
    async (payload: LoginMutation['login']) => {
      await client.clearStore();
      tokenStore.setStructureId(
        chooseStructureId(tokenStore.getStructureId(), payload.user.memberships, payload.user.currentStructure?.id),
      );
      tokenStore.setSession(payload);
    },
    [client],
  );

  const signOut = useCallback(async () => {
    await endSession();
    tokenStore.clearSession();
    await client.clearStore();
  }, [client]);

  const switchStructure = useCallback(
    async (structureId: string) => {
      if (structureId === tokenStore.getStructureId()) return;
      tokenStore.setStructureId(structureId);
      await client.resetStore();
    },
    [client],
  );

  const value = useMemo<SessionValue>(() => {
    const permissions = new Set(me?.permissions ?? []);
    let status: SessionValue['status'] = 'anonymous';
    if (signedIn) status = me ? 'authenticated' : error ? 'error' : 'loading';
    return {
      status,
      me,
      error: status === 'error' ? parseApiError(error) : null,
      structureId: tokens.structureId,
      can: (permission: Permission) => permissions.has(permission),
      signIn,
      signOut,
      switchStructure,
      retry: () => void refetch(),
    };
  }, [me, error, signedIn, tokens.structureId, signIn, signOut, switchStructure, refetch]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
