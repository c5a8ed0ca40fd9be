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

export const LOGOUT_MUTATION = graphql(`
  mutation Logout($input: RefreshInput!) {
    logout(input: $input)
  }
`);
