import { graphql } from '../generated';

/** The session renewal the HTTP client sends by itself (lib has no module to import it from). */
export const REFRESH_SESSION_MUTATION = graphql(`
  mutation RefreshSession($input: RefreshInput!) {
    refreshSession(input: $input) {
      accessToken
      refreshToken
      accessTokenExpiresAt
    }
  }
`);

/** Operations sent without the bearer token (they authenticate by themselves). */
export const NO_BEARER_OPERATIONS: ReadonlySet<string> = new Set(['Login', 'RefreshSession']);

/** Operations that must never trigger the refresh-and-retry of the error link. */
export const NO_RETRY_OPERATIONS: ReadonlySet<string> = new Set(['Login', 'RefreshSession', 'Logout']);
