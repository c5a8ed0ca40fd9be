import { graphql } from '../../../generated';

export const PLIE_PATH_FIELDS = graphql(`
  fragment PliePathFields on PliePath {
    id
    version
    participantId
    status
    statusChangedOn
    orientedOn
    prescriber
    admittedOn
    followUpEndsOn
    lastContactOn
    withoutContact
    fseExitMissing
    createdAt
    exit {
      date
      reason
      positive
      comment
      fseResults
      fseRecordedOn
    }
    transitions {
      id
      fromStatus
      toStatus
      effectiveOn
      recordedAt
      reason
      trigger
      byUserId
      author {
        id
        fullName
      }
    }
    committeeFiles {
      id
      committeeId
      presentedAt
      decision
      reason
      decidedAt
      committee {
        id
        date
        title
      }
      presentedBy {
        id
        fullName
      }
      decidedBy {
        id
        fullName
      }
    }
    diagnoses {
      id
      date
      summary
      professionalProject
      createdAt
      author {
        id
        fullName
      }
    }
    obstacles {
      id
      version
      kind
      severity
      status
      note
      identifiedOn
      liftedOn
      createdAt
    }
    steps {
      id
      version
      kind
      title
      organisation
      plannedStart
      plannedEnd
      actualStart
      actualEnd
      outcome
      outcomeNote
      qualifying
      contractType
      contractMonths
      workingTimePercent
      lastingJob
      createdAt
      createdBy {
        id
        fullName
      }
    }
    consent {
      givenOn
      recordedAt
      recordedBy {
        id
        fullName
      }
      proof {
        id
        fileName
      }
    }
    committeeProposals {
      id
      version
      status
      subject
      comment
      decidedOn
      decisionNote
      proposedBy {
        id
        fullName
      }
      committee {
        id
        date
        title
      }
    }
    exitProposals {
      id
      version
      status
      date
      reason
      comment
      decidedOn
      decisionNote
      createdAt
      proposedBy {
        id
        fullName
      }
      decidedBy {
        id
        fullName
      }
    }
    followUps {
      id
      version
      kind
      date
      durationMinutes
      mode
      summary
      topic
      answered
      attended
      createdAt
      author {
        id
        fullName
      }
    }
  }
`);

export const PROPOSE_PLIE_PATH_MUTATION = graphql(`
  mutation ProposePliePath($input: ProposePliePathInput!) {
    proposePliePath(input: $input) {
      ...PliePathFields
    }
  }
`);

export const CHANGE_PLIE_PATH_STATUS_MUTATION = graphql(`
  mutation ChangePliePathStatus($input: ChangePathStatusInput!) {
    changePliePathStatus(input: $input) {
      ...PliePathFields
    }
  }
`);

export const EXIT_PLIE_PATH_MUTATION = graphql(`
  mutation ExitPliePath($input: ExitPliePathInput!) {
    exitPliePath(input: $input) {
      ...PliePathFields
    }
  }
`);

export const RECORD_FSE_EXIT_MUTATION = graphql(`
  mutation RecordFseExit($input: RecordFseExitInput!) {
    recordFseExit(input: $input) {
      ...PliePathFields
    }
  }
`);

export const REOPEN_PLIE_PATH_MUTATION = graphql(`
  mutation ReopenPliePath($input: ReopenPliePathInput!) {
    reopenPliePath(input: $input) {
      ...PliePathFields
    }
  }
`);

export const ADD_PATH_STEP_MUTATION = graphql(`
  mutation AddPathStep($input: AddPathStepInput!) {
    addPathStep(input: $input) {
      id
      lastingJob
      path {
        ...PliePathFields
      }
    }
  }
`);

export const UPDATE_PATH_STEP_MUTATION = graphql(`
  mutation UpdatePathStep($input: UpdatePathStepInput!) {
    updatePathStep(input: $input) {
      id
      lastingJob
      path {
        ...PliePathFields
      }
    }
  }
`);

export const RECORD_FOLLOW_UP_MUTATION = graphql(`
  mutation RecordFollowUp($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      id
      pathId
    }
  }
`);

export const UPDATE_FOLLOW_UP_MUTATION = graphql(`
  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {
    updateFollowUp(input: $input) {
      id
      version
      answered
      attended
      summary
      durationMinutes
    }
  }
`);

export const RECORD_DIAGNOSIS_MUTATION = graphql(`
  mutation RecordDiagnosis($input: RecordDiagnosisInput!) {
    recordDiagnosis(input: $input) {
      id
      pathId
    }
  }
`);

export const ADD_OBSTACLE_MUTATION = graphql(`
  mutation AddObstacle($input: AddObstacleInput!) {
    addObstacle(input: $input) {
      id
      pathId
    }
  }
`);

export const UPDATE_OBSTACLE_MUTATION = graphql(`
  mutation UpdateObstacle($input: UpdateObstacleInput!) {
    updateObstacle(input: $input) {
      id
      version
      severity
      status
      note
      liftedOn
    }
  }
`);

/** A path with the participant's name: the page a provider's référent works from (it has no access to the file). */
export const PLIE_PATH_QUERY = graphql(`
  query PliePath($id: ID!) {
    pliePath(id: $id) {
      ...PliePathFields
      participant {
        id
        firstName
        lastName
        birthDate
        sex
        phone
        email
      }
    }
  }
`);

export const RECORD_PATH_CONSENT_MUTATION = graphql(`
  mutation RecordPliePathConsent($input: RecordPathConsentInput!) {
    recordPliePathConsent(input: $input) {
      ...PliePathFields
    }
  }
`);

export const PROPOSE_PATH_EXIT_MUTATION = graphql(`
  mutation ProposePliePathExit($input: ProposePliePathExitInput!) {
    proposePliePathExit(input: $input) {
      id
      path {
        ...PliePathFields
      }
    }
  }
`);

export const DECIDE_PATH_EXIT_PROPOSAL_MUTATION = graphql(`
  mutation DecidePliePathExitProposal($input: DecidePliePathExitProposalInput!) {
    decidePliePathExitProposal(input: $input) {
      id
      status
      path {
        ...PliePathFields
      }
    }
  }
`);

/** The lots through which a provider reaches a participant (to file the signed consent as a proof of the lot). */
export const PARTICIPANT_LOTS_QUERY = graphql(`
  query ParticipantOrientationLots($participantId: ID!) {
    orientations(first: 20, filter: { participantId: $participantId }) {
      edges {
        node {
          id
          status
          lot {
            id
            number
            title
          }
        }
      }
    }
  }
`);

export const PROPOSE_PATH_TO_COMMITTEE_MUTATION = graphql(`
  mutation ProposePathToCommittee($input: ProposePathToCommitteeInput!) {
    proposePathToCommittee(input: $input) {
      id
    }
  }
`);

export const DECIDE_PATH_COMMITTEE_PROPOSAL_MUTATION = graphql(`
  mutation DecidePathCommitteeProposal($input: DecidePathCommitteeProposalInput!) {
    decidePathCommitteeProposal(input: $input) {
      id
      status
    }
  }
`);
