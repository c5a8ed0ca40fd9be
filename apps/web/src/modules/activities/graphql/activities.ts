import { graphql } from '../../../generated';

export const DEADLINE_FIELDS = graphql(`
  fragment DeadlineFields on LiaisonDeadline {
    dueOn
    sentOn
    status
    late
  }
`);

export const ORIENTATION_ROW_FIELDS = graphql(`
  fragment OrientationRowFields on Orientation {
    id
    version
    status
    orientedOn
    startedOn
    exitOn
    late
    purpose
    participant {
      id
      firstName
      lastName
      birthDate
    }
    lot {
      id
      number
      title
      market {
        id
        reference
      }
    }
    provider {
      id
      name
    }
    entrySheet {
      ...DeadlineFields
    }
    exitSheet {
      ...DeadlineFields
    }
  }
`);

export const ORIENTATIONS_QUERY = graphql(`
  query Orientations($first: Int!, $after: String, $filter: OrientationFilter) {
    orientations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...OrientationRowFields
        }
      }
    }
  }
`);

export const ORIENTATION_QUERY = graphql(`
  query Orientation($id: ID!) {
    orientation(id: $id) {
      ...OrientationRowFields
      exitReason
      participant {
        id
        phone
        email
        postalCode
        communeName
      }
      liaisonSheets {
        id
        kind
        sentOn
        dueOn
        late
        startedOn
        position
        nonEntryReason
        exitOn
        exitReason
        synthesis
      }
      enrolments {
        id
        attendance
        signedAt
        session {
          id
          title
          date
          startTime
        }
      }
      interviews {
        id
        date
        durationMinutes
        kind
        summary
        counted
      }
      interviewFollowUp {
        counted
        limit
        beyondLimit
        psychosocialMonths {
          month
          interviews
          late
        }
      }
      reminders {
        id
        date
        mode
        answered
      }
      immersions {
        ...ImmersionFields
      }
      assessments {
        ...AssessmentFields
      }
      lot {
        id
        quantities {
          assessmentsCount
        }
      }
      exitProposals {
        id
        version
        status
        reason
        raisedOn
        decidedOn
        decisionNote
      }
    }
  }
`);

export const SEND_ENTRY_SHEET_MUTATION = graphql(`
  mutation SendEntryLiaisonSheet($input: SendEntryLiaisonSheetInput!) {
    sendEntryLiaisonSheet(input: $input) {
      id
      kind
      late
    }
  }
`);

export const SEND_EXIT_SHEET_MUTATION = graphql(`
  mutation SendExitLiaisonSheet($input: SendExitLiaisonSheetInput!) {
    sendExitLiaisonSheet(input: $input) {
      id
      kind
      late
    }
  }
`);

export const RECORD_INTERVIEW_MUTATION = graphql(`
  mutation RecordInterview($input: RecordInterviewInput!) {
    recordInterview(input: $input) {
      id
    }
  }
`);

export const RECORD_REMINDER_MUTATION = graphql(`
  mutation RecordActionReminder($input: RecordReminderInput!) {
    recordActionReminder(input: $input) {
      id
    }
  }
`);

export const DECIDE_EXIT_PROPOSAL_MUTATION = graphql(`
  mutation DecideExitProposal($input: DecideExitProposalInput!) {
    decideExitProposal(input: $input) {
      id
      status
    }
  }
`);

export const SESSION_ROW_FIELDS = graphql(`
  fragment SessionRowFields on ActivitySession {
    id
    title
    kind
    date
    startTime
    durationMinutes
    place
    facilitator
    cycleNumber
    maxParticipants
    minParticipants
    enrolledCount
    remainingPlaces
    belowMinimum
    sheetFrozenAt
    lot {
      id
      number
      title
    }
  }
`);

export const SESSIONS_QUERY = graphql(`
  query ActivitySessions($first: Int!, $after: String, $filter: SessionFilter) {
    activitySessions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...SessionRowFields
        }
      }
    }
  }
`);

export const SESSION_QUERY = graphql(`
  query ActivitySession($id: ID!) {
    activitySession(id: $id) {
      ...SessionRowFields
      version
      providerStructureId
      sheetSha256
      sheetProof {
        id
        fileName
        sha256
        keepUntil
      }
      enrolments {
        id
        orientationId
        attendance
        attendanceRecordedAt
        signedAt
        participant {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

export const CREATE_SESSION_MUTATION = graphql(`
  mutation CreateActivitySession($input: CreateSessionInput!) {
    createActivitySession(input: $input) {
      id
    }
  }
`);

export const ENROL_MUTATION = graphql(`
  mutation EnrolInSession($input: EnrolInput!) {
    enrolInSession(input: $input) {
      id
    }
  }
`);

export const WITHDRAW_ENROLMENT_MUTATION = graphql(`
  mutation WithdrawEnrolment($enrolmentId: ID!) {
    withdrawEnrolment(enrolmentId: $enrolmentId)
  }
`);

export const RECORD_ATTENDANCE_MUTATION = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
      attendance
      attendanceRecordedAt
    }
  }
`);

export const CREATE_SIGNATURE_LINKS_MUTATION = graphql(`
  mutation CreateSignatureLinks($sessionId: ID!) {
    createSignatureLinks(sessionId: $sessionId) {
      enrolmentId
      token
      path
      url
      expiresAt
      participant {
        id
        firstName
        lastName
      }
    }
  }
`);

export const FREEZE_SHEET_MUTATION = graphql(`
  mutation FreezeAttendanceSheet($sessionId: ID!) {
    freezeAttendanceSheet(sessionId: $sessionId) {
      id
      sheetFrozenAt
      sheetSha256
    }
  }
`);

export const TIME_ENTRIES_QUERY = graphql(`
  query TimeEntries($first: Int!, $after: String, $filter: TimeEntryFilter) {
    timeEntries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          date
          kind
          minutes
          description
          notCountedReason
          orientationIds
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

export const RECORD_TIME_ENTRY_MUTATION = graphql(`
  mutation RecordTimeEntry($input: RecordTimeEntryInput!) {
    recordTimeEntry(input: $input) {
      id
    }
  }
`);

export const DELIVERED_LOTS_QUERY = graphql(`
  query DeliveredLots($first: Int!) {
    lots(first: $first, filter: { deliveredByMe: true }) {
      edges {
        node {
          id
          number
          title
          startsOn
          endsOn
          market {
            id
            reference
            title
          }
          quantities {
            groupMin
            groupMax
            workshopMinutes
          }
        }
      }
    }
  }
`);

export const IMMERSION_FIELDS = graphql(`
  fragment ImmersionFields on Immersion {
    id
    version
    hostName
    hostAddress
    tutorName
    tutorContact
    objective
    startsOn
    endsOn
    hours
    justification
    startMeetingOn
    punctuality
    attendance
    understanding
    relations
    skills
    recommendations
    tutorSignedOn
    participantSignedOn
    coSigned
  }
`);

export const PLAN_IMMERSION_MUTATION = graphql(`
  mutation PlanImmersion($input: PlanImmersionInput!) {
    planImmersion(input: $input) {
      ...ImmersionFields
    }
  }
`);

export const RECORD_IMMERSION_START_MUTATION = graphql(`
  mutation RecordImmersionStartMeeting($input: RecordImmersionStartMeetingInput!) {
    recordImmersionStartMeeting(input: $input) {
      ...ImmersionFields
    }
  }
`);

export const RECORD_IMMERSION_EXIT_MUTATION = graphql(`
  mutation RecordImmersionExitSheet($input: RecordImmersionExitSheetInput!) {
    recordImmersionExitSheet(input: $input) {
      ...ImmersionFields
    }
  }
`);

export const PROOFS_QUERY = graphql(`
  query Proofs($first: Int!, $after: String, $filter: ProofFilter) {
    proofs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          kind
          fileName
          size
          sha256
          keepUntil
          description
          uploadedAt
        }
      }
    }
  }
`);

export const ASSESSMENT_FIELDS = graphql(`
  fragment AssessmentFields on Assessment {
    id
    kind
    startedOn
    dueBy
    hours
    tripartiteMeetingOn
    projectTitle
    synthesis
    actionPlan {
      title
      actions
      dueBy
    }
    completedOn
    justification
    overdue
    version
  }
`);

export const START_ASSESSMENT_MUTATION = graphql(`
  mutation StartAssessment($input: StartAssessmentInput!) {
    startAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

export const COMPLETE_ASSESSMENT_MUTATION = graphql(`
  mutation CompleteAssessment($input: CompleteAssessmentInput!) {
    completeAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);
