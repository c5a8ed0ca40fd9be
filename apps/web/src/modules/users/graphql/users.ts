import { graphql } from '../../../generated';

export const USER_FIELDS = graphql(`
  fragment UserFields on User {
    id
    email
    fullName
    lockedUntil
    createdAt
    memberships {
      role
      structure {
        id
        name
      }
    }
  }
`);

export const USERS_QUERY = graphql(`
  query Users($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...UserFields
        }
      }
    }
  }
`);

export const CREATE_USER_MUTATION = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const SET_MEMBERSHIP_MUTATION = graphql(`
  mutation SetMembership($input: SetMembershipInput!) {
    setMembership(input: $input) {
      ...UserFields
    }
  }
`);

export const REMOVE_MEMBERSHIP_MUTATION = graphql(`
  mutation RemoveMembership($input: RemoveMembershipInput!) {
    removeMembership(input: $input) {
      ...UserFields
    }
  }
`);
