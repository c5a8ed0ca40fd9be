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
      accessTokenExpiresAt
      user {
        ...MeFields
      }
    }
  }
`);

/** Operations sent without the bearer token (they authenticate by themselves). */
export const NO_BEARER_OPERATIONS: ReadonlySet<string> = new Set(['Login']);

/** Operations that must never trigger the refresh-and-retry of the error link. */
export const NO_RETRY_OPERATIONS: ReadonlySet<string> = new Set(['Login']);
