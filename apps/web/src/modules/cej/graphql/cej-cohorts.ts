import { graphql } from '../../../generated';

export const CEJ_COHORT_ROW_FIELDS = graphql(`
  fragment CejCohortRowFields on CejCohort {
    id
    version
    name
    startsOn
    endsOn
    location
    period
    memberCount
    workshopDays
    workshopDaysTargetMet
    branch {
      id
      name
    }
    counsellor {
      id
      fullName
    }
  }
`);

export const CEJ_COHORTS_QUERY = graphql(`
  query CejCohorts($first: Int!, $after: String, $filter: CejCohortFilter) {
    cejCohorts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...CejCohortRowFields
        }
      }
    }
  }
`);

export const CEJ_COHORT_QUERY = graphql(`
  query CejCohort($id: ID!) {
    cejCohort(id: $id) {
      ...CejCohortRowFields
      sessions {
        id
        date
        title
        provider
        hours
      }
      members {
        ...CejContractRowFields
      }
    }
  }
`);

export const CREATE_CEJ_COHORT_MUTATION = graphql(`
  mutation CreateCejCohort($input: CreateCejCohortInput!) {
    createCejCohort(input: $input) {
      ...CejCohortRowFields
    }
  }
`);

export const UPDATE_CEJ_COHORT_MUTATION = graphql(`
  mutation UpdateCejCohort($input: UpdateCejCohortInput!) {
    updateCejCohort(input: $input) {
      ...CejCohortRowFields
    }
  }
`);

export const ADD_CEJ_COHORT_SESSION_MUTATION = graphql(`
  mutation AddCejCohortSession($input: AddCejCohortSessionInput!) {
    addCejCohortSession(input: $input) {
      id
    }
  }
`);

export const ADD_CEJ_COHORT_MEMBERS_MUTATION = graphql(`
  mutation AddCejCohortMembers($input: AddCejCohortMembersInput!) {
    addCejCohortMembers(input: $input) {
      id
    }
  }
`);

export const REMOVE_CEJ_COHORT_MEMBER_MUTATION = graphql(`
  mutation RemoveCejCohortMember($input: RemoveCejCohortMemberInput!) {
    removeCejCohortMember(input: $input) {
      id
    }
  }
`);
