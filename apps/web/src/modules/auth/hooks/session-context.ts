import { createContext, useContext } from 'react';
import type { Permission } from '@passerelle/domain';
import type { ParsedApiError } from '../../../lib/api-errors';
import type { LoginMutation, MeFieldsFragment } from '../../../generated/graphql';

export type SessionStatus = 'anonymous' | 'loading' | 'authenticated' | 'error';

export interface SessionValue {
  status: SessionStatus;
  me: MeFieldsFragment | null;
  /** Why the session could not be loaded (status "error"), e.g. the server is unreachable. */
  error: ParsedApiError | null;
  /** Id of the structure the user works in (sent as X-Structure-Id). */
  structureId: string | null;
  can(permission: Permission): boolean;
  signIn(payload: LoginMutation['login']): Promise<void>;
  signOut(): Promise<void>;
  switchStructure(structureId: string): Promise<void>;
  retry(): void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

/** The signed-in user; only for components rendered behind <RequireAuth>. */
export function useMe(): MeFieldsFragment {
  const { me } = useSession();
  if (!me) throw new Error('useMe needs an authenticated session');
  return me;
}
