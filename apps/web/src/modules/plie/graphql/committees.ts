import { graphql } from '../../../generated';

export const APPROVAL_COMMITTEES_QUERY = graphql(`
  query ApprovalCommittees($first: Int!, $after: String, $filter: ApprovalCommitteeFilter) {
    approvalCommittees(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          date
          title
          location
          files {
            id
            decision
          }
        }
      }
    }
  }
`);

export const COMMITTEE_FILE_FIELDS = graphql(`
  fragment CommitteeFileFields on CommitteeFile {
    id
    committeeId
    presentedAt
    decision
    reason
    decidedAt
    presentedBy {
      id
      fullName
    }
    decidedBy {
      id
      fullName
    }
    path {
      id
      version
      status
      orientedOn
      prescriber
      participant {
        id
        firstName
        lastName
        birthDate
        entrySituations
        referent {
          id
          fullName
        }
        branch {
          id
          name
        }
      }
    }
  }
`);

export const APPROVAL_COMMITTEE_QUERY = graphql(`
  query ApprovalCommittee($id: ID!) {
    approvalCommittee(id: $id) {
      id
      version
      date
      title
      location
      createdAt
      files {
        ...CommitteeFileFields
      }
    }
  }
`);

export const CREATE_APPROVAL_COMMITTEE_MUTATION = graphql(`
  mutation CreateApprovalCommittee($input: CreateApprovalCommitteeInput!) {
    createApprovalCommittee(input: $input) {
      id
      date
      title
      location
    }
  }
`);

export const PRESENT_TO_COMMITTEE_MUTATION = graphql(`
  mutation PresentToCommittee($input: PresentToCommitteeInput!) {
    presentToCommittee(input: $input) {
      ...CommitteeFileFields
    }
  }
`);

export const MOVE_COMMITTEE_FILE_MUTATION = graphql(`
  mutation MoveCommitteeFile($input: MoveCommitteeFileInput!) {
    moveCommitteeFile(input: $input) {
      ...CommitteeFileFields
    }
  }
`);

export const DECIDE_COMMITTEE_FILE_MUTATION = graphql(`
  mutation DecideCommitteeFile($input: DecideCommitteeFileInput!) {
    decideCommitteeFile(input: $input) {
      ...CommitteeFileFields
    }
  }
`);

/** Paths waiting for a committee (proposed, or postponed), to put on a session's agenda: one page at a time. */
export const PATHS_TO_PRESENT_QUERY = graphql(`
  query PathsToPresent($first: Int!, $after: String, $status: PathStatus!) {
    pliePaths(first: $first, after: $after, filter: { status: $status }) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          status
          orientedOn
          prescriber
          committeeFiles {
            id
            committeeId
            decision
          }
          participant {
            id
            firstName
            lastName
            birthDate
            referent {
              id
              fullName
            }
          }
        }
      }
    }
  }
`);
