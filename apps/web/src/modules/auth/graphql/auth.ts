import { graphql } from '../../../generated';

export const ME_FIELDS = graphql(`
  fragment MeFields on Me {
    id
    email
    fullName
    currentRole
    permissions
    currentStructure {
      id
      name
      kind
      operatorType
    }
    memberships {
      role
      structure {
        id
        name
        kind
        operatorType
      }
    }
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }
`);

export const LOGIN_MUTATION = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      accessTokenExpiresAt
      user {
        ...MeFields
      }
    }
  }
`);

export const REFRESH_SESSION_MUTATION = graphql(`
  mutation RefreshSession($input: RefreshInput!) {
    refreshSession(input: $input) {
      accessToken
      refreshToken
      accessTokenExpiresAt
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout($input: RefreshInput!) {
    logout(input: $input)
  }
`);

/** Operations sent without the bearer token (they authenticate by themselves). */
export const NO_BEARER_OPERATIONS: ReadonlySet<string> = new Set(['Login', 'RefreshSession']);

/** Operations that must never trigger the refresh-and-retry of the error link. */
export const NO_RETRY_OPERATIONS: ReadonlySet<string> = new Set(['Login', 'RefreshSession', 'Logout']);
