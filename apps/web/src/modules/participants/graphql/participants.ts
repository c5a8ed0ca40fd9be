import { graphql } from '../../../generated';

/** One line of the participant list: no sensitive data, and only what the table shows. */
export const PARTICIPANT_ROW_FIELDS = graphql(`
  fragment ParticipantRowFields on Participant {
    id
    firstName
    lastName
    birthDate
    programme
    fseEntryMissing
    branch {
      id
      name
    }
    referent {
      id
      fullName
    }
    currentPliePath {
      id
      status
      statusChangedOn
      lastContactOn
      withoutContact
    }
  }
`);

export const PARTICIPANTS_QUERY = graphql(`
  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {
    participants(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ParticipantRowFields
        }
      }
    }
  }
`);

export const PARTICIPANT_FIELDS = graphql(`
  fragment ParticipantFields on Participant {
    id
    version
    structureId
    programme
    firstName
    lastName
    sex
    birthDate
    phone
    email
    createdAt
    updatedAt
    entrySituations
    educationLevel
    address {
      line
      postalCode
      communeCode
      communeName
      districtCode
      epci
      inQpv
      qpvCode
    }
    branch {
      id
      name
      code
    }
    branchOverridden
    referent {
      id
      fullName
      email
    }
    fseEntry {
      employmentStatus
      longTermUnemployed
      educationIsced
      householdSituation
      disability
      thirdCountryNational
      foreignBackground
      minority
      homeless
      ruralArea
    }
    fseEntryMissing
    canSeeSensitive
  }
`);

/**
 * Health, disability and social notes, asked for only when the "Situation" section is open: every read of them
 * is traced, so the file does not load them by default. Null for roles that do not follow the person.
 */
export const PARTICIPANT_SENSITIVE_QUERY = graphql(`
  query ParticipantSensitive($id: ID!) {
    participant(id: $id) {
      id
      canSeeSensitive
      sensitive {
        healthNotes
        disabilityNotes
        socialNotes
        updatedAt
        version
      }
    }
  }
`);

export const PARTICIPANT_QUERY = graphql(`
  query Participant($id: ID!) {
    participant(id: $id) {
      ...ParticipantFields
      pliePaths {
        ...PliePathFields
      }
    }
  }
`);

export const CREATE_PARTICIPANT_MUTATION = graphql(`
  mutation CreateParticipant($input: CreateParticipantInput!) {
    createParticipant(input: $input) {
      ...ParticipantFields
    }
  }
`);

export const UPDATE_PARTICIPANT_MUTATION = graphql(`
  mutation UpdateParticipant($input: UpdateParticipantInput!) {
    updateParticipant(input: $input) {
      ...ParticipantFields
    }
  }
`);

export const UPDATE_PARTICIPANT_SENSITIVE_MUTATION = graphql(`
  mutation UpdateParticipantSensitive($input: UpdateParticipantSensitiveInput!) {
    updateParticipantSensitive(input: $input) {
      healthNotes
      disabilityNotes
      socialNotes
      updatedAt
      version
    }
  }
`);

/** A duplicate found at creation: enough to recognise the person before opening the file. */
export const DUPLICATE_PARTICIPANT_QUERY = graphql(`
  query DuplicateParticipant($id: ID!) {
    participant(id: $id) {
      ...ParticipantRowFields
      createdAt
    }
  }
`);

export const PARTICIPANT_AUDIT_TRAIL_QUERY = graphql(`
  query ParticipantAuditTrail($participantId: ID!, $first: Int!, $after: String) {
    participantAuditTrail(participantId: $participantId, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          at
          action
          label
          actorUserId
          actorApiKeyId
          actor {
            id
            fullName
          }
          details
        }
      }
    }
  }
`);

/** The structure's branches (for the filters, the address and the manual choice of branch). */
export const BRANCHES_QUERY = graphql(`
  query StructureBranches($id: ID!) {
    structure(id: $id) {
      id
      branches {
        id
        name
        code
        areas {
          kind
          code
          label
        }
      }
    }
  }
`);

/** Members who can follow participants, searched by name (never the whole list). */
export const REFERENT_CANDIDATES_QUERY = graphql(`
  query ReferentCandidates($first: Int!, $filter: UserFilter) {
    users(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          id
          fullName
          email
          memberships {
            role
            structure {
              id
            }
          }
        }
      }
    }
  }
`);

/** The documents of the file (documents put on it, liaison sheets, signed attendance sheets, immersion sheets), one page at a time. */
export const PARTICIPANT_DOCUMENTS_QUERY = graphql(`
  query ParticipantDocuments($participantId: ID!, $first: Int!, $after: String) {
    participantDocuments(participantId: $participantId, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          source
          kindLabel
          proofKind
          title
          description
          date
          sha256
          keepUntil
          proofId
          downloadPath
          author {
            id
            fullName
          }
        }
      }
    }
  }
`);

/** The most recent documents of the file, for the parcours timeline (the Documents tab pages through all of them). */
export const PARTICIPANT_TIMELINE_DOCUMENTS_QUERY = graphql(`
  query ParticipantTimelineDocuments($participantId: ID!) {
    participantDocuments(participantId: $participantId, first: 100) {
      totalCount
      edges {
        node {
          id
          source
          kindLabel
          title
          description
          date
          author {
            id
            fullName
          }
        }
      }
    }
  }
`);
