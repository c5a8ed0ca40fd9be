/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment MeFields on Me {\n    id\n    email\n    fullName\n    currentRole\n    permissions\n    currentStructure {\n      id\n      name\n      kind\n      operatorType\n    }\n    memberships {\n      role\n      structure {\n        id\n        name\n        kind\n        operatorType\n      }\n    }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        ...MeFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($input: RefreshInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($input: RefreshInput!) {\n    logout(input: $input)\n  }\n": typeof types.LogoutDocument,
    "\n  query Dashboard {\n    dashboard {\n      memberCount\n      branchCount\n      activeApiKeyCount\n      structure {\n        id\n        name\n        kind\n        operatorType\n        siret\n        addressLine\n        postalCode\n        city\n        territory\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment BranchFields on Branch {\n    id\n    structureId\n    name\n    code\n    version\n    areas {\n      kind\n      code\n      label\n    }\n  }\n": typeof types.BranchFieldsFragmentDoc,
    "\n  fragment StructureFields on Structure {\n    id\n    kind\n    operatorType\n    name\n    siret\n    addressLine\n    postalCode\n    city\n    territory\n    version\n    createdAt\n  }\n": typeof types.StructureFieldsFragmentDoc,
    "\n  query Structures($first: Int!, $after: String, $filter: StructureFilter) {\n    structures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          operatorType\n          name\n          siret\n          city\n          territory\n        }\n      }\n    }\n  }\n": typeof types.StructuresDocument,
    "\n  query Structure($id: ID!) {\n    structure(id: $id) {\n      ...StructureFields\n      branches {\n        ...BranchFields\n      }\n    }\n  }\n": typeof types.StructureDocument,
    "\n  mutation CreateStructure($input: CreateStructureInput!) {\n    createStructure(input: $input) {\n      ...StructureFields\n    }\n  }\n": typeof types.CreateStructureDocument,
    "\n  mutation UpdateStructure($input: UpdateStructureInput!) {\n    updateStructure(input: $input) {\n      ...StructureFields\n    }\n  }\n": typeof types.UpdateStructureDocument,
    "\n  mutation CreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      ...BranchFields\n    }\n  }\n": typeof types.CreateBranchDocument,
    "\n  mutation UpdateBranch($input: UpdateBranchInput!) {\n    updateBranch(input: $input) {\n      ...BranchFields\n    }\n  }\n": typeof types.UpdateBranchDocument,
    "\n  mutation DeleteBranch($id: ID!) {\n    deleteBranch(id: $id)\n  }\n": typeof types.DeleteBranchDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    fullName\n    lockedUntil\n    createdAt\n    memberships {\n      role\n      structure {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.SetMembershipDocument,
    "\n  mutation RemoveMembership($input: RemoveMembershipInput!) {\n    removeMembership(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.RemoveMembershipDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment MeFields on Me {\n    id\n    email\n    fullName\n    currentRole\n    permissions\n    currentStructure {\n      id\n      name\n      kind\n      operatorType\n    }\n    memberships {\n      role\n      structure {\n        id\n        name\n        kind\n        operatorType\n      }\n    }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        ...MeFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($input: RefreshInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($input: RefreshInput!) {\n    logout(input: $input)\n  }\n": types.LogoutDocument,
    "\n  query Dashboard {\n    dashboard {\n      memberCount\n      branchCount\n      activeApiKeyCount\n      structure {\n        id\n        name\n        kind\n        operatorType\n        siret\n        addressLine\n        postalCode\n        city\n        territory\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment BranchFields on Branch {\n    id\n    structureId\n    name\n    code\n    version\n    areas {\n      kind\n      code\n      label\n    }\n  }\n": types.BranchFieldsFragmentDoc,
    "\n  fragment StructureFields on Structure {\n    id\n    kind\n    operatorType\n    name\n    siret\n    addressLine\n    postalCode\n    city\n    territory\n    version\n    createdAt\n  }\n": types.StructureFieldsFragmentDoc,
    "\n  query Structures($first: Int!, $after: String, $filter: StructureFilter) {\n    structures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          operatorType\n          name\n          siret\n          city\n          territory\n        }\n      }\n    }\n  }\n": types.StructuresDocument,
    "\n  query Structure($id: ID!) {\n    structure(id: $id) {\n      ...StructureFields\n      branches {\n        ...BranchFields\n      }\n    }\n  }\n": types.StructureDocument,
    "\n  mutation CreateStructure($input: CreateStructureInput!) {\n    createStructure(input: $input) {\n      ...StructureFields\n    }\n  }\n": types.CreateStructureDocument,
    "\n  mutation UpdateStructure($input: UpdateStructureInput!) {\n    updateStructure(input: $input) {\n      ...StructureFields\n    }\n  }\n": types.UpdateStructureDocument,
    "\n  mutation CreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      ...BranchFields\n    }\n  }\n": types.CreateBranchDocument,
    "\n  mutation UpdateBranch($input: UpdateBranchInput!) {\n    updateBranch(input: $input) {\n      ...BranchFields\n    }\n  }\n": types.UpdateBranchDocument,
    "\n  mutation DeleteBranch($id: ID!) {\n    deleteBranch(id: $id)\n  }\n": types.DeleteBranchDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    fullName\n    lockedUntil\n    createdAt\n    memberships {\n      role\n      structure {\n        id\n        name\n      }\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) {\n      ...UserFields\n    }\n  }\n": types.SetMembershipDocument,
    "\n  mutation RemoveMembership($input: RemoveMembershipInput!) {\n    removeMembership(input: $input) {\n      ...UserFields\n    }\n  }\n": types.RemoveMembershipDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    id\n    email\n    fullName\n    currentRole\n    permissions\n    currentStructure {\n      id\n      name\n      kind\n      operatorType\n    }\n    memberships {\n      role\n      structure {\n        id\n        name\n        kind\n        operatorType\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeFields on Me {\n    id\n    email\n    fullName\n    currentRole\n    permissions\n    currentStructure {\n      id\n      name\n      kind\n      operatorType\n    }\n    memberships {\n      role\n      structure {\n        id\n        name\n        kind\n        operatorType\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...MeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        ...MeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n      user {\n        ...MeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($input: RefreshInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n      accessTokenExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($input: RefreshInput!) {\n    logout(input: $input)\n  }\n"): (typeof documents)["\n  mutation Logout($input: RefreshInput!) {\n    logout(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    dashboard {\n      memberCount\n      branchCount\n      activeApiKeyCount\n      structure {\n        id\n        name\n        kind\n        operatorType\n        siret\n        addressLine\n        postalCode\n        city\n        territory\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    dashboard {\n      memberCount\n      branchCount\n      activeApiKeyCount\n      structure {\n        id\n        name\n        kind\n        operatorType\n        siret\n        addressLine\n        postalCode\n        city\n        territory\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BranchFields on Branch {\n    id\n    structureId\n    name\n    code\n    version\n    areas {\n      kind\n      code\n      label\n    }\n  }\n"): (typeof documents)["\n  fragment BranchFields on Branch {\n    id\n    structureId\n    name\n    code\n    version\n    areas {\n      kind\n      code\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StructureFields on Structure {\n    id\n    kind\n    operatorType\n    name\n    siret\n    addressLine\n    postalCode\n    city\n    territory\n    version\n    createdAt\n  }\n"): (typeof documents)["\n  fragment StructureFields on Structure {\n    id\n    kind\n    operatorType\n    name\n    siret\n    addressLine\n    postalCode\n    city\n    territory\n    version\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Structures($first: Int!, $after: String, $filter: StructureFilter) {\n    structures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          operatorType\n          name\n          siret\n          city\n          territory\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Structures($first: Int!, $after: String, $filter: StructureFilter) {\n    structures(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          operatorType\n          name\n          siret\n          city\n          territory\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Structure($id: ID!) {\n    structure(id: $id) {\n      ...StructureFields\n      branches {\n        ...BranchFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Structure($id: ID!) {\n    structure(id: $id) {\n      ...StructureFields\n      branches {\n        ...BranchFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStructure($input: CreateStructureInput!) {\n    createStructure(input: $input) {\n      ...StructureFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStructure($input: CreateStructureInput!) {\n    createStructure(input: $input) {\n      ...StructureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStructure($input: UpdateStructureInput!) {\n    updateStructure(input: $input) {\n      ...StructureFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStructure($input: UpdateStructureInput!) {\n    updateStructure(input: $input) {\n      ...StructureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      ...BranchFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBranch($input: CreateBranchInput!) {\n    createBranch(input: $input) {\n      ...BranchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBranch($input: UpdateBranchInput!) {\n    updateBranch(input: $input) {\n      ...BranchFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBranch($input: UpdateBranchInput!) {\n    updateBranch(input: $input) {\n      ...BranchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBranch($id: ID!) {\n    deleteBranch(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBranch($id: ID!) {\n    deleteBranch(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    fullName\n    lockedUntil\n    createdAt\n    memberships {\n      role\n      structure {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    email\n    fullName\n    lockedUntil\n    createdAt\n    memberships {\n      role\n      structure {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMembership($input: RemoveMembershipInput!) {\n    removeMembership(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMembership($input: RemoveMembershipInput!) {\n    removeMembership(input: $input) {\n      ...UserFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;