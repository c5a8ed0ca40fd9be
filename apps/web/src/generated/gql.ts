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
    "\n  fragment ParticipantRowFields on Participant {\n    id\n    firstName\n    lastName\n    birthDate\n    programme\n    fseEntryMissing\n    branch {\n      id\n      name\n    }\n    referent {\n      id\n      fullName\n    }\n    currentPliePath {\n      id\n      status\n      statusChangedOn\n      lastContactOn\n      withoutContact\n    }\n  }\n": typeof types.ParticipantRowFieldsFragmentDoc,
    "\n  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParticipantRowFields\n        }\n      }\n    }\n  }\n": typeof types.ParticipantsDocument,
    "\n  fragment ParticipantFields on Participant {\n    id\n    version\n    structureId\n    programme\n    firstName\n    lastName\n    sex\n    birthDate\n    phone\n    email\n    createdAt\n    updatedAt\n    entrySituations\n    educationLevel\n    address {\n      line\n      postalCode\n      communeCode\n      communeName\n      districtCode\n      epci\n      inQpv\n      qpvCode\n    }\n    branch {\n      id\n      name\n      code\n    }\n    branchOverridden\n    referent {\n      id\n      fullName\n      email\n    }\n    fseEntry {\n      employmentStatus\n      longTermUnemployed\n      educationIsced\n      householdSituation\n      disability\n      thirdCountryNational\n      foreignBackground\n      minority\n      homeless\n      ruralArea\n    }\n    fseEntryMissing\n    canSeeSensitive\n  }\n": typeof types.ParticipantFieldsFragmentDoc,
    "\n  query ParticipantSensitive($id: ID!) {\n    participant(id: $id) {\n      id\n      canSeeSensitive\n      sensitive {\n        healthNotes\n        disabilityNotes\n        socialNotes\n        updatedAt\n        version\n      }\n    }\n  }\n": typeof types.ParticipantSensitiveDocument,
    "\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      ...ParticipantFields\n      pliePaths {\n        ...PliePathFields\n      }\n    }\n  }\n": typeof types.ParticipantDocument,
    "\n  mutation CreateParticipant($input: CreateParticipantInput!) {\n    createParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n": typeof types.CreateParticipantDocument,
    "\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n": typeof types.UpdateParticipantDocument,
    "\n  mutation UpdateParticipantSensitive($input: UpdateParticipantSensitiveInput!) {\n    updateParticipantSensitive(input: $input) {\n      healthNotes\n      disabilityNotes\n      socialNotes\n      updatedAt\n      version\n    }\n  }\n": typeof types.UpdateParticipantSensitiveDocument,
    "\n  query DuplicateParticipant($id: ID!) {\n    participant(id: $id) {\n      id\n      firstName\n      lastName\n      birthDate\n      createdAt\n      branch {\n        id\n        name\n      }\n      referent {\n        id\n        fullName\n      }\n      currentPliePath {\n        id\n        status\n      }\n    }\n  }\n": typeof types.DuplicateParticipantDocument,
    "\n  query ParticipantAuditTrail($participantId: ID!, $first: Int!, $after: String) {\n    participantAuditTrail(participantId: $participantId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          label\n          actorUserId\n          actorApiKeyId\n          details\n        }\n      }\n    }\n  }\n": typeof types.ParticipantAuditTrailDocument,
    "\n  query StructureBranches($id: ID!) {\n    structure(id: $id) {\n      id\n      branches {\n        id\n        name\n        code\n        areas {\n          kind\n          code\n          label\n        }\n      }\n    }\n  }\n": typeof types.StructureBranchesDocument,
    "\n  query ReferentCandidates($first: Int!, $filter: UserFilter) {\n    users(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          email\n          memberships {\n            role\n            structure {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReferentCandidatesDocument,
    "\n  query ApprovalCommittees($first: Int!, $after: String, $filter: ApprovalCommitteeFilter) {\n    approvalCommittees(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          date\n          title\n          location\n          files {\n            id\n            decision\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApprovalCommitteesDocument,
    "\n  fragment CommitteeFileFields on CommitteeFile {\n    id\n    committeeId\n    presentedAt\n    decision\n    reason\n    decidedAt\n    path {\n      id\n      version\n      status\n      orientedOn\n      prescriber\n      participant {\n        id\n        firstName\n        lastName\n        birthDate\n        entrySituations\n        referent {\n          id\n          fullName\n        }\n        branch {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CommitteeFileFieldsFragmentDoc,
    "\n  query ApprovalCommittee($id: ID!) {\n    approvalCommittee(id: $id) {\n      id\n      version\n      date\n      title\n      location\n      createdAt\n      files {\n        ...CommitteeFileFields\n      }\n    }\n  }\n": typeof types.ApprovalCommitteeDocument,
    "\n  mutation CreateApprovalCommittee($input: CreateApprovalCommitteeInput!) {\n    createApprovalCommittee(input: $input) {\n      id\n      date\n      title\n      location\n    }\n  }\n": typeof types.CreateApprovalCommitteeDocument,
    "\n  mutation PresentToCommittee($input: PresentToCommitteeInput!) {\n    presentToCommittee(input: $input) {\n      ...CommitteeFileFields\n    }\n  }\n": typeof types.PresentToCommitteeDocument,
    "\n  mutation DecideCommitteeFile($input: DecideCommitteeFileInput!) {\n    decideCommitteeFile(input: $input) {\n      ...CommitteeFileFields\n    }\n  }\n": typeof types.DecideCommitteeFileDocument,
    "\n  query PathsToPresent($first: Int!, $after: String, $status: PathStatus!) {\n    pliePaths(first: $first, after: $after, filter: { status: $status }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          orientedOn\n          prescriber\n          committeeFiles {\n            id\n            committeeId\n            decision\n          }\n          participant {\n            id\n            firstName\n            lastName\n            birthDate\n            referent {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PathsToPresentDocument,
    "\n  fragment PliePathFields on PliePath {\n    id\n    version\n    participantId\n    status\n    statusChangedOn\n    orientedOn\n    prescriber\n    admittedOn\n    followUpEndsOn\n    lastContactOn\n    withoutContact\n    fseExitMissing\n    createdAt\n    exit {\n      date\n      reason\n      positive\n      comment\n      fseResults\n      fseRecordedOn\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      effectiveOn\n      recordedAt\n      reason\n      trigger\n      byUserId\n    }\n    committeeFiles {\n      id\n      committeeId\n      presentedAt\n      decision\n      reason\n      decidedAt\n      committee {\n        id\n        date\n        title\n      }\n    }\n    diagnoses {\n      id\n      date\n      summary\n      professionalProject\n      createdAt\n    }\n    obstacles {\n      id\n      version\n      kind\n      severity\n      status\n      note\n      identifiedOn\n      liftedOn\n      createdAt\n    }\n    steps {\n      id\n      version\n      kind\n      title\n      organisation\n      plannedStart\n      plannedEnd\n      actualStart\n      actualEnd\n      outcome\n      outcomeNote\n      qualifying\n      contractType\n      contractMonths\n      workingTimePercent\n      lastingJob\n      createdAt\n    }\n    followUps {\n      id\n      version\n      kind\n      date\n      durationMinutes\n      mode\n      summary\n      topic\n      answered\n      attended\n      createdAt\n    }\n  }\n": typeof types.PliePathFieldsFragmentDoc,
    "\n  mutation ProposePliePath($input: ProposePliePathInput!) {\n    proposePliePath(input: $input) {\n      ...PliePathFields\n    }\n  }\n": typeof types.ProposePliePathDocument,
    "\n  mutation ChangePliePathStatus($input: ChangePathStatusInput!) {\n    changePliePathStatus(input: $input) {\n      ...PliePathFields\n    }\n  }\n": typeof types.ChangePliePathStatusDocument,
    "\n  mutation ExitPliePath($input: ExitPliePathInput!) {\n    exitPliePath(input: $input) {\n      ...PliePathFields\n    }\n  }\n": typeof types.ExitPliePathDocument,
    "\n  mutation RecordFseExit($input: RecordFseExitInput!) {\n    recordFseExit(input: $input) {\n      ...PliePathFields\n    }\n  }\n": typeof types.RecordFseExitDocument,
    "\n  mutation ReopenPliePath($input: ReopenPliePathInput!) {\n    reopenPliePath(input: $input) {\n      ...PliePathFields\n    }\n  }\n": typeof types.ReopenPliePathDocument,
    "\n  mutation AddPathStep($input: AddPathStepInput!) {\n    addPathStep(input: $input) {\n      id\n      lastingJob\n      path {\n        ...PliePathFields\n      }\n    }\n  }\n": typeof types.AddPathStepDocument,
    "\n  mutation UpdatePathStep($input: UpdatePathStepInput!) {\n    updatePathStep(input: $input) {\n      id\n      lastingJob\n      path {\n        ...PliePathFields\n      }\n    }\n  }\n": typeof types.UpdatePathStepDocument,
    "\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      pathId\n    }\n  }\n": typeof types.RecordFollowUpDocument,
    "\n  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      id\n      version\n      answered\n      attended\n      summary\n      durationMinutes\n    }\n  }\n": typeof types.UpdateFollowUpDocument,
    "\n  mutation RecordDiagnosis($input: RecordDiagnosisInput!) {\n    recordDiagnosis(input: $input) {\n      id\n      pathId\n    }\n  }\n": typeof types.RecordDiagnosisDocument,
    "\n  mutation AddObstacle($input: AddObstacleInput!) {\n    addObstacle(input: $input) {\n      id\n      pathId\n    }\n  }\n": typeof types.AddObstacleDocument,
    "\n  mutation UpdateObstacle($input: UpdateObstacleInput!) {\n    updateObstacle(input: $input) {\n      id\n      version\n      severity\n      status\n      note\n      liftedOn\n    }\n  }\n": typeof types.UpdateObstacleDocument,
    "\n  query MyPortfolio($first: Int!, $after: String, $noContactWeeks: Int!) {\n    myPortfolio(first: $first, after: $after, noContactWeeks: $noContactWeeks) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          alerts\n          urgency\n          lastContactOn\n          path {\n            id\n            status\n            statusChangedOn\n            followUpEndsOn\n            withoutContact\n            fseExitMissing\n            steps {\n              id\n              title\n              kind\n              outcome\n              plannedEnd\n              actualEnd\n            }\n            participant {\n              id\n              firstName\n              lastName\n              birthDate\n              branch {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyPortfolioDocument,
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
    "\n  fragment ParticipantRowFields on Participant {\n    id\n    firstName\n    lastName\n    birthDate\n    programme\n    fseEntryMissing\n    branch {\n      id\n      name\n    }\n    referent {\n      id\n      fullName\n    }\n    currentPliePath {\n      id\n      status\n      statusChangedOn\n      lastContactOn\n      withoutContact\n    }\n  }\n": types.ParticipantRowFieldsFragmentDoc,
    "\n  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParticipantRowFields\n        }\n      }\n    }\n  }\n": types.ParticipantsDocument,
    "\n  fragment ParticipantFields on Participant {\n    id\n    version\n    structureId\n    programme\n    firstName\n    lastName\n    sex\n    birthDate\n    phone\n    email\n    createdAt\n    updatedAt\n    entrySituations\n    educationLevel\n    address {\n      line\n      postalCode\n      communeCode\n      communeName\n      districtCode\n      epci\n      inQpv\n      qpvCode\n    }\n    branch {\n      id\n      name\n      code\n    }\n    branchOverridden\n    referent {\n      id\n      fullName\n      email\n    }\n    fseEntry {\n      employmentStatus\n      longTermUnemployed\n      educationIsced\n      householdSituation\n      disability\n      thirdCountryNational\n      foreignBackground\n      minority\n      homeless\n      ruralArea\n    }\n    fseEntryMissing\n    canSeeSensitive\n  }\n": types.ParticipantFieldsFragmentDoc,
    "\n  query ParticipantSensitive($id: ID!) {\n    participant(id: $id) {\n      id\n      canSeeSensitive\n      sensitive {\n        healthNotes\n        disabilityNotes\n        socialNotes\n        updatedAt\n        version\n      }\n    }\n  }\n": types.ParticipantSensitiveDocument,
    "\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      ...ParticipantFields\n      pliePaths {\n        ...PliePathFields\n      }\n    }\n  }\n": types.ParticipantDocument,
    "\n  mutation CreateParticipant($input: CreateParticipantInput!) {\n    createParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n": types.CreateParticipantDocument,
    "\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n": types.UpdateParticipantDocument,
    "\n  mutation UpdateParticipantSensitive($input: UpdateParticipantSensitiveInput!) {\n    updateParticipantSensitive(input: $input) {\n      healthNotes\n      disabilityNotes\n      socialNotes\n      updatedAt\n      version\n    }\n  }\n": types.UpdateParticipantSensitiveDocument,
    "\n  query DuplicateParticipant($id: ID!) {\n    participant(id: $id) {\n      id\n      firstName\n      lastName\n      birthDate\n      createdAt\n      branch {\n        id\n        name\n      }\n      referent {\n        id\n        fullName\n      }\n      currentPliePath {\n        id\n        status\n      }\n    }\n  }\n": types.DuplicateParticipantDocument,
    "\n  query ParticipantAuditTrail($participantId: ID!, $first: Int!, $after: String) {\n    participantAuditTrail(participantId: $participantId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          label\n          actorUserId\n          actorApiKeyId\n          details\n        }\n      }\n    }\n  }\n": types.ParticipantAuditTrailDocument,
    "\n  query StructureBranches($id: ID!) {\n    structure(id: $id) {\n      id\n      branches {\n        id\n        name\n        code\n        areas {\n          kind\n          code\n          label\n        }\n      }\n    }\n  }\n": types.StructureBranchesDocument,
    "\n  query ReferentCandidates($first: Int!, $filter: UserFilter) {\n    users(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          email\n          memberships {\n            role\n            structure {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReferentCandidatesDocument,
    "\n  query ApprovalCommittees($first: Int!, $after: String, $filter: ApprovalCommitteeFilter) {\n    approvalCommittees(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          date\n          title\n          location\n          files {\n            id\n            decision\n          }\n        }\n      }\n    }\n  }\n": types.ApprovalCommitteesDocument,
    "\n  fragment CommitteeFileFields on CommitteeFile {\n    id\n    committeeId\n    presentedAt\n    decision\n    reason\n    decidedAt\n    path {\n      id\n      version\n      status\n      orientedOn\n      prescriber\n      participant {\n        id\n        firstName\n        lastName\n        birthDate\n        entrySituations\n        referent {\n          id\n          fullName\n        }\n        branch {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CommitteeFileFieldsFragmentDoc,
    "\n  query ApprovalCommittee($id: ID!) {\n    approvalCommittee(id: $id) {\n      id\n      version\n      date\n      title\n      location\n      createdAt\n      files {\n        ...CommitteeFileFields\n      }\n    }\n  }\n": types.ApprovalCommitteeDocument,
    "\n  mutation CreateApprovalCommittee($input: CreateApprovalCommitteeInput!) {\n    createApprovalCommittee(input: $input) {\n      id\n      date\n      title\n      location\n    }\n  }\n": types.CreateApprovalCommitteeDocument,
    "\n  mutation PresentToCommittee($input: PresentToCommitteeInput!) {\n    presentToCommittee(input: $input) {\n      ...CommitteeFileFields\n    }\n  }\n": types.PresentToCommitteeDocument,
    "\n  mutation DecideCommitteeFile($input: DecideCommitteeFileInput!) {\n    decideCommitteeFile(input: $input) {\n      ...CommitteeFileFields\n    }\n  }\n": types.DecideCommitteeFileDocument,
    "\n  query PathsToPresent($first: Int!, $after: String, $status: PathStatus!) {\n    pliePaths(first: $first, after: $after, filter: { status: $status }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          orientedOn\n          prescriber\n          committeeFiles {\n            id\n            committeeId\n            decision\n          }\n          participant {\n            id\n            firstName\n            lastName\n            birthDate\n            referent {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PathsToPresentDocument,
    "\n  fragment PliePathFields on PliePath {\n    id\n    version\n    participantId\n    status\n    statusChangedOn\n    orientedOn\n    prescriber\n    admittedOn\n    followUpEndsOn\n    lastContactOn\n    withoutContact\n    fseExitMissing\n    createdAt\n    exit {\n      date\n      reason\n      positive\n      comment\n      fseResults\n      fseRecordedOn\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      effectiveOn\n      recordedAt\n      reason\n      trigger\n      byUserId\n    }\n    committeeFiles {\n      id\n      committeeId\n      presentedAt\n      decision\n      reason\n      decidedAt\n      committee {\n        id\n        date\n        title\n      }\n    }\n    diagnoses {\n      id\n      date\n      summary\n      professionalProject\n      createdAt\n    }\n    obstacles {\n      id\n      version\n      kind\n      severity\n      status\n      note\n      identifiedOn\n      liftedOn\n      createdAt\n    }\n    steps {\n      id\n      version\n      kind\n      title\n      organisation\n      plannedStart\n      plannedEnd\n      actualStart\n      actualEnd\n      outcome\n      outcomeNote\n      qualifying\n      contractType\n      contractMonths\n      workingTimePercent\n      lastingJob\n      createdAt\n    }\n    followUps {\n      id\n      version\n      kind\n      date\n      durationMinutes\n      mode\n      summary\n      topic\n      answered\n      attended\n      createdAt\n    }\n  }\n": types.PliePathFieldsFragmentDoc,
    "\n  mutation ProposePliePath($input: ProposePliePathInput!) {\n    proposePliePath(input: $input) {\n      ...PliePathFields\n    }\n  }\n": types.ProposePliePathDocument,
    "\n  mutation ChangePliePathStatus($input: ChangePathStatusInput!) {\n    changePliePathStatus(input: $input) {\n      ...PliePathFields\n    }\n  }\n": types.ChangePliePathStatusDocument,
    "\n  mutation ExitPliePath($input: ExitPliePathInput!) {\n    exitPliePath(input: $input) {\n      ...PliePathFields\n    }\n  }\n": types.ExitPliePathDocument,
    "\n  mutation RecordFseExit($input: RecordFseExitInput!) {\n    recordFseExit(input: $input) {\n      ...PliePathFields\n    }\n  }\n": types.RecordFseExitDocument,
    "\n  mutation ReopenPliePath($input: ReopenPliePathInput!) {\n    reopenPliePath(input: $input) {\n      ...PliePathFields\n    }\n  }\n": types.ReopenPliePathDocument,
    "\n  mutation AddPathStep($input: AddPathStepInput!) {\n    addPathStep(input: $input) {\n      id\n      lastingJob\n      path {\n        ...PliePathFields\n      }\n    }\n  }\n": types.AddPathStepDocument,
    "\n  mutation UpdatePathStep($input: UpdatePathStepInput!) {\n    updatePathStep(input: $input) {\n      id\n      lastingJob\n      path {\n        ...PliePathFields\n      }\n    }\n  }\n": types.UpdatePathStepDocument,
    "\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      pathId\n    }\n  }\n": types.RecordFollowUpDocument,
    "\n  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      id\n      version\n      answered\n      attended\n      summary\n      durationMinutes\n    }\n  }\n": types.UpdateFollowUpDocument,
    "\n  mutation RecordDiagnosis($input: RecordDiagnosisInput!) {\n    recordDiagnosis(input: $input) {\n      id\n      pathId\n    }\n  }\n": types.RecordDiagnosisDocument,
    "\n  mutation AddObstacle($input: AddObstacleInput!) {\n    addObstacle(input: $input) {\n      id\n      pathId\n    }\n  }\n": types.AddObstacleDocument,
    "\n  mutation UpdateObstacle($input: UpdateObstacleInput!) {\n    updateObstacle(input: $input) {\n      id\n      version\n      severity\n      status\n      note\n      liftedOn\n    }\n  }\n": types.UpdateObstacleDocument,
    "\n  query MyPortfolio($first: Int!, $after: String, $noContactWeeks: Int!) {\n    myPortfolio(first: $first, after: $after, noContactWeeks: $noContactWeeks) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          alerts\n          urgency\n          lastContactOn\n          path {\n            id\n            status\n            statusChangedOn\n            followUpEndsOn\n            withoutContact\n            fseExitMissing\n            steps {\n              id\n              title\n              kind\n              outcome\n              plannedEnd\n              actualEnd\n            }\n            participant {\n              id\n              firstName\n              lastName\n              birthDate\n              branch {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyPortfolioDocument,
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
export function graphql(source: "\n  fragment ParticipantRowFields on Participant {\n    id\n    firstName\n    lastName\n    birthDate\n    programme\n    fseEntryMissing\n    branch {\n      id\n      name\n    }\n    referent {\n      id\n      fullName\n    }\n    currentPliePath {\n      id\n      status\n      statusChangedOn\n      lastContactOn\n      withoutContact\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantRowFields on Participant {\n    id\n    firstName\n    lastName\n    birthDate\n    programme\n    fseEntryMissing\n    branch {\n      id\n      name\n    }\n    referent {\n      id\n      fullName\n    }\n    currentPliePath {\n      id\n      status\n      statusChangedOn\n      lastContactOn\n      withoutContact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParticipantRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ParticipantRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantFields on Participant {\n    id\n    version\n    structureId\n    programme\n    firstName\n    lastName\n    sex\n    birthDate\n    phone\n    email\n    createdAt\n    updatedAt\n    entrySituations\n    educationLevel\n    address {\n      line\n      postalCode\n      communeCode\n      communeName\n      districtCode\n      epci\n      inQpv\n      qpvCode\n    }\n    branch {\n      id\n      name\n      code\n    }\n    branchOverridden\n    referent {\n      id\n      fullName\n      email\n    }\n    fseEntry {\n      employmentStatus\n      longTermUnemployed\n      educationIsced\n      householdSituation\n      disability\n      thirdCountryNational\n      foreignBackground\n      minority\n      homeless\n      ruralArea\n    }\n    fseEntryMissing\n    canSeeSensitive\n  }\n"): (typeof documents)["\n  fragment ParticipantFields on Participant {\n    id\n    version\n    structureId\n    programme\n    firstName\n    lastName\n    sex\n    birthDate\n    phone\n    email\n    createdAt\n    updatedAt\n    entrySituations\n    educationLevel\n    address {\n      line\n      postalCode\n      communeCode\n      communeName\n      districtCode\n      epci\n      inQpv\n      qpvCode\n    }\n    branch {\n      id\n      name\n      code\n    }\n    branchOverridden\n    referent {\n      id\n      fullName\n      email\n    }\n    fseEntry {\n      employmentStatus\n      longTermUnemployed\n      educationIsced\n      householdSituation\n      disability\n      thirdCountryNational\n      foreignBackground\n      minority\n      homeless\n      ruralArea\n    }\n    fseEntryMissing\n    canSeeSensitive\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantSensitive($id: ID!) {\n    participant(id: $id) {\n      id\n      canSeeSensitive\n      sensitive {\n        healthNotes\n        disabilityNotes\n        socialNotes\n        updatedAt\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantSensitive($id: ID!) {\n    participant(id: $id) {\n      id\n      canSeeSensitive\n      sensitive {\n        healthNotes\n        disabilityNotes\n        socialNotes\n        updatedAt\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      ...ParticipantFields\n      pliePaths {\n        ...PliePathFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Participant($id: ID!) {\n    participant(id: $id) {\n      ...ParticipantFields\n      pliePaths {\n        ...PliePathFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParticipant($input: CreateParticipantInput!) {\n    createParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateParticipant($input: CreateParticipantInput!) {\n    createParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParticipant($input: UpdateParticipantInput!) {\n    updateParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParticipantSensitive($input: UpdateParticipantSensitiveInput!) {\n    updateParticipantSensitive(input: $input) {\n      healthNotes\n      disabilityNotes\n      socialNotes\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParticipantSensitive($input: UpdateParticipantSensitiveInput!) {\n    updateParticipantSensitive(input: $input) {\n      healthNotes\n      disabilityNotes\n      socialNotes\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuplicateParticipant($id: ID!) {\n    participant(id: $id) {\n      id\n      firstName\n      lastName\n      birthDate\n      createdAt\n      branch {\n        id\n        name\n      }\n      referent {\n        id\n        fullName\n      }\n      currentPliePath {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query DuplicateParticipant($id: ID!) {\n    participant(id: $id) {\n      id\n      firstName\n      lastName\n      birthDate\n      createdAt\n      branch {\n        id\n        name\n      }\n      referent {\n        id\n        fullName\n      }\n      currentPliePath {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantAuditTrail($participantId: ID!, $first: Int!, $after: String) {\n    participantAuditTrail(participantId: $participantId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          label\n          actorUserId\n          actorApiKeyId\n          details\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipantAuditTrail($participantId: ID!, $first: Int!, $after: String) {\n    participantAuditTrail(participantId: $participantId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          label\n          actorUserId\n          actorApiKeyId\n          details\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StructureBranches($id: ID!) {\n    structure(id: $id) {\n      id\n      branches {\n        id\n        name\n        code\n        areas {\n          kind\n          code\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StructureBranches($id: ID!) {\n    structure(id: $id) {\n      id\n      branches {\n        id\n        name\n        code\n        areas {\n          kind\n          code\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferentCandidates($first: Int!, $filter: UserFilter) {\n    users(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          email\n          memberships {\n            role\n            structure {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferentCandidates($first: Int!, $filter: UserFilter) {\n    users(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          fullName\n          email\n          memberships {\n            role\n            structure {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalCommittees($first: Int!, $after: String, $filter: ApprovalCommitteeFilter) {\n    approvalCommittees(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          date\n          title\n          location\n          files {\n            id\n            decision\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalCommittees($first: Int!, $after: String, $filter: ApprovalCommitteeFilter) {\n    approvalCommittees(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          date\n          title\n          location\n          files {\n            id\n            decision\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeFileFields on CommitteeFile {\n    id\n    committeeId\n    presentedAt\n    decision\n    reason\n    decidedAt\n    path {\n      id\n      version\n      status\n      orientedOn\n      prescriber\n      participant {\n        id\n        firstName\n        lastName\n        birthDate\n        entrySituations\n        referent {\n          id\n          fullName\n        }\n        branch {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CommitteeFileFields on CommitteeFile {\n    id\n    committeeId\n    presentedAt\n    decision\n    reason\n    decidedAt\n    path {\n      id\n      version\n      status\n      orientedOn\n      prescriber\n      participant {\n        id\n        firstName\n        lastName\n        birthDate\n        entrySituations\n        referent {\n          id\n          fullName\n        }\n        branch {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalCommittee($id: ID!) {\n    approvalCommittee(id: $id) {\n      id\n      version\n      date\n      title\n      location\n      createdAt\n      files {\n        ...CommitteeFileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalCommittee($id: ID!) {\n    approvalCommittee(id: $id) {\n      id\n      version\n      date\n      title\n      location\n      createdAt\n      files {\n        ...CommitteeFileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApprovalCommittee($input: CreateApprovalCommitteeInput!) {\n    createApprovalCommittee(input: $input) {\n      id\n      date\n      title\n      location\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApprovalCommittee($input: CreateApprovalCommitteeInput!) {\n    createApprovalCommittee(input: $input) {\n      id\n      date\n      title\n      location\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresentToCommittee($input: PresentToCommitteeInput!) {\n    presentToCommittee(input: $input) {\n      ...CommitteeFileFields\n    }\n  }\n"): (typeof documents)["\n  mutation PresentToCommittee($input: PresentToCommitteeInput!) {\n    presentToCommittee(input: $input) {\n      ...CommitteeFileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCommitteeFile($input: DecideCommitteeFileInput!) {\n    decideCommitteeFile(input: $input) {\n      ...CommitteeFileFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideCommitteeFile($input: DecideCommitteeFileInput!) {\n    decideCommitteeFile(input: $input) {\n      ...CommitteeFileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsToPresent($first: Int!, $after: String, $status: PathStatus!) {\n    pliePaths(first: $first, after: $after, filter: { status: $status }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          orientedOn\n          prescriber\n          committeeFiles {\n            id\n            committeeId\n            decision\n          }\n          participant {\n            id\n            firstName\n            lastName\n            birthDate\n            referent {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PathsToPresent($first: Int!, $after: String, $status: PathStatus!) {\n    pliePaths(first: $first, after: $after, filter: { status: $status }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          status\n          orientedOn\n          prescriber\n          committeeFiles {\n            id\n            committeeId\n            decision\n          }\n          participant {\n            id\n            firstName\n            lastName\n            birthDate\n            referent {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PliePathFields on PliePath {\n    id\n    version\n    participantId\n    status\n    statusChangedOn\n    orientedOn\n    prescriber\n    admittedOn\n    followUpEndsOn\n    lastContactOn\n    withoutContact\n    fseExitMissing\n    createdAt\n    exit {\n      date\n      reason\n      positive\n      comment\n      fseResults\n      fseRecordedOn\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      effectiveOn\n      recordedAt\n      reason\n      trigger\n      byUserId\n    }\n    committeeFiles {\n      id\n      committeeId\n      presentedAt\n      decision\n      reason\n      decidedAt\n      committee {\n        id\n        date\n        title\n      }\n    }\n    diagnoses {\n      id\n      date\n      summary\n      professionalProject\n      createdAt\n    }\n    obstacles {\n      id\n      version\n      kind\n      severity\n      status\n      note\n      identifiedOn\n      liftedOn\n      createdAt\n    }\n    steps {\n      id\n      version\n      kind\n      title\n      organisation\n      plannedStart\n      plannedEnd\n      actualStart\n      actualEnd\n      outcome\n      outcomeNote\n      qualifying\n      contractType\n      contractMonths\n      workingTimePercent\n      lastingJob\n      createdAt\n    }\n    followUps {\n      id\n      version\n      kind\n      date\n      durationMinutes\n      mode\n      summary\n      topic\n      answered\n      attended\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment PliePathFields on PliePath {\n    id\n    version\n    participantId\n    status\n    statusChangedOn\n    orientedOn\n    prescriber\n    admittedOn\n    followUpEndsOn\n    lastContactOn\n    withoutContact\n    fseExitMissing\n    createdAt\n    exit {\n      date\n      reason\n      positive\n      comment\n      fseResults\n      fseRecordedOn\n    }\n    transitions {\n      id\n      fromStatus\n      toStatus\n      effectiveOn\n      recordedAt\n      reason\n      trigger\n      byUserId\n    }\n    committeeFiles {\n      id\n      committeeId\n      presentedAt\n      decision\n      reason\n      decidedAt\n      committee {\n        id\n        date\n        title\n      }\n    }\n    diagnoses {\n      id\n      date\n      summary\n      professionalProject\n      createdAt\n    }\n    obstacles {\n      id\n      version\n      kind\n      severity\n      status\n      note\n      identifiedOn\n      liftedOn\n      createdAt\n    }\n    steps {\n      id\n      version\n      kind\n      title\n      organisation\n      plannedStart\n      plannedEnd\n      actualStart\n      actualEnd\n      outcome\n      outcomeNote\n      qualifying\n      contractType\n      contractMonths\n      workingTimePercent\n      lastingJob\n      createdAt\n    }\n    followUps {\n      id\n      version\n      kind\n      date\n      durationMinutes\n      mode\n      summary\n      topic\n      answered\n      attended\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposePliePath($input: ProposePliePathInput!) {\n    proposePliePath(input: $input) {\n      ...PliePathFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposePliePath($input: ProposePliePathInput!) {\n    proposePliePath(input: $input) {\n      ...PliePathFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePliePathStatus($input: ChangePathStatusInput!) {\n    changePliePathStatus(input: $input) {\n      ...PliePathFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePliePathStatus($input: ChangePathStatusInput!) {\n    changePliePathStatus(input: $input) {\n      ...PliePathFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExitPliePath($input: ExitPliePathInput!) {\n    exitPliePath(input: $input) {\n      ...PliePathFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExitPliePath($input: ExitPliePathInput!) {\n    exitPliePath(input: $input) {\n      ...PliePathFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFseExit($input: RecordFseExitInput!) {\n    recordFseExit(input: $input) {\n      ...PliePathFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFseExit($input: RecordFseExitInput!) {\n    recordFseExit(input: $input) {\n      ...PliePathFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenPliePath($input: ReopenPliePathInput!) {\n    reopenPliePath(input: $input) {\n      ...PliePathFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenPliePath($input: ReopenPliePathInput!) {\n    reopenPliePath(input: $input) {\n      ...PliePathFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPathStep($input: AddPathStepInput!) {\n    addPathStep(input: $input) {\n      id\n      lastingJob\n      path {\n        ...PliePathFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPathStep($input: AddPathStepInput!) {\n    addPathStep(input: $input) {\n      id\n      lastingJob\n      path {\n        ...PliePathFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePathStep($input: UpdatePathStepInput!) {\n    updatePathStep(input: $input) {\n      id\n      lastingJob\n      path {\n        ...PliePathFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePathStep($input: UpdatePathStepInput!) {\n    updatePathStep(input: $input) {\n      id\n      lastingJob\n      path {\n        ...PliePathFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      pathId\n    }\n  }\n"): (typeof documents)["\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      pathId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      id\n      version\n      answered\n      attended\n      summary\n      durationMinutes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {\n    updateFollowUp(input: $input) {\n      id\n      version\n      answered\n      attended\n      summary\n      durationMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDiagnosis($input: RecordDiagnosisInput!) {\n    recordDiagnosis(input: $input) {\n      id\n      pathId\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDiagnosis($input: RecordDiagnosisInput!) {\n    recordDiagnosis(input: $input) {\n      id\n      pathId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddObstacle($input: AddObstacleInput!) {\n    addObstacle(input: $input) {\n      id\n      pathId\n    }\n  }\n"): (typeof documents)["\n  mutation AddObstacle($input: AddObstacleInput!) {\n    addObstacle(input: $input) {\n      id\n      pathId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateObstacle($input: UpdateObstacleInput!) {\n    updateObstacle(input: $input) {\n      id\n      version\n      severity\n      status\n      note\n      liftedOn\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateObstacle($input: UpdateObstacleInput!) {\n    updateObstacle(input: $input) {\n      id\n      version\n      severity\n      status\n      note\n      liftedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPortfolio($first: Int!, $after: String, $noContactWeeks: Int!) {\n    myPortfolio(first: $first, after: $after, noContactWeeks: $noContactWeeks) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          alerts\n          urgency\n          lastContactOn\n          path {\n            id\n            status\n            statusChangedOn\n            followUpEndsOn\n            withoutContact\n            fseExitMissing\n            steps {\n              id\n              title\n              kind\n              outcome\n              plannedEnd\n              actualEnd\n            }\n            participant {\n              id\n              firstName\n              lastName\n              birthDate\n              branch {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPortfolio($first: Int!, $after: String, $noContactWeeks: Int!) {\n    myPortfolio(first: $first, after: $after, noContactWeeks: $noContactWeeks) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          alerts\n          urgency\n          lastContactOn\n          path {\n            id\n            status\n            statusChangedOn\n            followUpEndsOn\n            withoutContact\n            fseExitMissing\n            steps {\n              id\n              title\n              kind\n              outcome\n              plannedEnd\n              actualEnd\n            }\n            participant {\n              id\n              firstName\n              lastName\n              birthDate\n              branch {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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