import { graphql } from '../../../generated';

export const BRANCH_FIELDS = graphql(`
  fragment BranchFields on Branch {
    id
    structureId
    name
    code
    version
    areas {
      kind
      code
      label
    }
  }
`);

export const STRUCTURE_FIELDS = graphql(`
  fragment StructureFields on Structure {
    id
    kind
    operatorType
    name
    siret
    addressLine
    postalCode
    city
    territory
    version
    createdAt
  }
`);

export const STRUCTURES_QUERY = graphql(`
  query Structures($first: Int!, $after: String, $filter: StructureFilter) {
    structures(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          kind
          operatorType
          name
          siret
          city
          territory
        }
      }
    }
  }
`);

export const STRUCTURE_QUERY = graphql(`
  query Structure($id: ID!) {
    structure(id: $id) {
      ...StructureFields
      branches {
        ...BranchFields
      }
    }
  }
`);

export const CREATE_STRUCTURE_MUTATION = graphql(`
  mutation CreateStructure($input: CreateStructureInput!) {
    createStructure(input: $input) {
      ...StructureFields
    }
  }
`);

export const UPDATE_STRUCTURE_MUTATION = graphql(`
  mutation UpdateStructure($input: UpdateStructureInput!) {
    updateStructure(input: $input) {
      ...StructureFields
    }
  }
`);

export const CREATE_BRANCH_MUTATION = graphql(`
  mutation CreateBranch($input: CreateBranchInput!) {
    createBranch(input: $input) {
      ...BranchFields
    }
  }
`);

export const UPDATE_BRANCH_MUTATION = graphql(`
  mutation UpdateBranch($input: UpdateBranchInput!) {
    updateBranch(input: $input) {
      ...BranchFields
    }
  }
`);

export const DELETE_BRANCH_MUTATION = graphql(`
  mutation DeleteBranch($id: ID!) {
    deleteBranch(id: $id)
  }
`);
