import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { notifications } from '@mantine/notifications';
import { OperationTypeNode } from 'graphql';
import { from, switchMap, throwError } from 'rxjs';
import { NO_BEARER_OPERATIONS, NO_RETRY_OPERATIONS } from './session-operations';
import { isRetryable, parseApiError } from './api-errors';
import { refreshAccessToken } from './session-refresh';
import { tokenStore } from './token-store';

function expireSession(): void {
  if (!tokenStore.hasSession()) return;
  tokenStore.clearSession();
  notifications.show({
    id: 'session-expired',
    color: 'orange',
    title: 'Session expirée',
    message: 'Votre session a expiré. Veuillez vous reconnecter.',
  });
}

/** Adds the bearer token and the structure the user works in; refreshes an access token about to expire. */
const authLink = new SetContextLink(async (prevContext, operation) => {
  const isAuthOperation = NO_BEARER_OPERATIONS.has(operation.operationName ?? '');
  if (!isAuthOperation && tokenStore.hasSession() && tokenStore.accessTokenExpiresSoon()) {
    if ((await refreshAccessToken()) === 'rejected') expireSession();
  }
  const headers: Record<string, string> = { ...(prevContext.headers as Record<string, string> | undefined) };
  const accessToken = tokenStore.getAccessToken();
  const structureId = tokenStore.getStructureId();
  if (accessToken && !isAuthOperation) headers.Authorization = `Bearer ${accessToken}`;
  if (structureId) headers['X-Structure-Id'] = structureId;
  return { headers };
});

/** On UNAUTHENTICATED: refresh the session once and replay the operation; otherwise the user signs in again. */
const refreshOnUnauthenticatedLink = new ErrorLink(({ error, operation, forward }) => {
  if (NO_RETRY_OPERATIONS.has(operation.operationName ?? '')) return;
  if (parseApiError(error).code !== 'UNAUTHENTICATED') return;
  if (operation.getContext().authRetried || !tokenStore.hasSession()) {
    expireSession();
    return;
  }
  operation.setContext({ authRetried: true });
  return from(refreshAccessToken()).pipe(
    switchMap((result) => {
      if (result === 'ok') return forward(operation);
      if (result === 'rejected') expireSession();
      return throwError(() => error);
    }),
  );
});

/**
 * Reads (queries) are retried, up to 3 times over about 10 s, when the server is unreachable or answers
 * SERVICE_UNAVAILABLE (database or Redis briefly away). Writes are never replayed: their error reaches the screen,
 * whose message says nothing was recorded.
 */
export const retryReadsLink = new RetryLink({
  delay: { initial: 1000, max: 5000, jitter: true },
  attempts: {
    max: 4,
    retryIf: (error, operation) => operation.operationType === OperationTypeNode.QUERY && isRetryable(error),
  },
});

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([refreshOnUnauthenticatedLink, retryReadsLink, authLink, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Summaries and memberships have no identity of their own in the cache.
        Membership: { keyFields: false },
        BranchArea: { keyFields: false },
        Dashboard: { keyFields: false },
        Me: { keyFields: ['id'] },
        // Value objects of a participant or a path: merged into their owner.
        ParticipantAddress: { merge: true },
        FseEntry: { merge: true },
        ParticipantSensitive: { merge: true },
        PathExit: { merge: true },
        PortfolioEntry: { keyFields: false },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
