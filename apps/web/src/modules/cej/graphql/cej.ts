import { graphql } from '../../../generated';

/** One line of the contract list. */
export const CEJ_CONTRACT_ROW_FIELDS = graphql(`
  fragment CejContractRowFields on CejContract {
    id
    status
    startOn
    endOn
    lastDayOn
    terminationDecisionPending
    participant {
      id
      firstName
      lastName
      birthDate
    }
    counsellor {
      id
      fullName
    }
    branch {
      id
      name
    }
    cohort {
      id
      name
      startsOn
      endsOn
    }
    companyDays {
      daysDone
      target
      onTrack
      reached
    }
  }
`);

export const CEJ_CONTRACTS_QUERY = graphql(`
  query CejContracts($first: Int!, $after: String, $filter: CejContractFilter) {
    cejContracts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...CejContractRowFields
        }
      }
    }
  }
`);

export const CEJ_ATTENTION_QUERY = graphql(`
  query CejContractsNeedingAttention($first: Int!, $after: String, $allCounsellors: Boolean!, $counsellorUserId: ID) {
    cejContractsNeedingAttention(
      first: $first
      after: $after
      allCounsellors: $allCounsellors
      counsellorUserId: $counsellorUserId
    ) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          reasons
          weekStart
          plannedHours
          doneHours
          attendanceRate
          companyDaysDone
          contract {
            ...CejContractRowFields
          }
        }
      }
    }
  }
`);

export const CEJ_ACTION_FIELDS = graphql(`
  fragment CejActionFields on CejAction {
    id
    version
    contractId
    date
    kind
    title
    organisation
    objective
    plannedHours
    doneHours
    outcome
    outcomeNote
    lastingJob
    selfEvaluation
    selfEvaluationNote
    cohortSessionId
  }
`);

export const CEJ_CONTRACT_FIELDS = graphql(`
  fragment CejContractFields on CejContract {
    ...CejContractRowFields
    version
    statusChangedOn
    structureId
    initialMonths
    signedOn
    ageAtSignature
    householdTaxBracket
    createdAt
    cohort {
      location
    }
    companyDays {
      remaining
      pacePerWeek
      projectedOn
      windowEndsOn
    }
    events {
      id
      kind
      fromStatus
      toStatus
      effectiveOn
      reason
      recordedAt
    }
    exit {
      endedOn
      reason
      positive
      comment
    }
    renewals {
      id
      commissionOn
      opinion
      previousEndOn
      newEndOn
      exceptional
      exceptionalJustification
    }
    suspensions {
      id
      reason
      note
      fromOn
      expectedUntil
      resumedOn
    }
    breaches {
      id
      rank
      occurredOn
      note
      actionId
    }
    weeks {
      weekStart
      weekEnd
      complete
      actions
      plannedHours
      doneHours
      recordedPlannedHours
      attendanceRate
      attendanceRateMin
      attendanceMet
      intensity
      intensityMet
      plannedIntensityMet
      weeklyHoursMin
      weeklyHoursMax
      companyDays
      excusedAbsenceHours
      unexcusedAbsenceHours
    }
    months {
      month
      actions
      plannedHours
      doneHours
      attendanceRate
      attendanceMet
      averageWeeklyDoneHours
      intensityMet
      companyDays
      coveredDays
      weeks
      weeksMeetingIntensity
    }
    incomeDeclarations {
      id
      version
      month
      activityIncome
      fullDeductionIncome
      taxBracket
      declaredOn
    }
  }
`);

export const CEJ_CONTRACT_QUERY = graphql(`
  query CejContract($id: ID!) {
    cejContract(id: $id) {
      ...CejContractFields
    }
  }
`);

export const CEJ_CONTRACT_ACTIONS_QUERY = graphql(`
  query CejContractActions($id: ID!, $from: String, $to: String) {
    cejContract(id: $id) {
      id
      actions(from: $from, to: $to) {
        ...CejActionFields
      }
    }
  }
`);

export const CEJ_ALLOWANCE_QUERY = graphql(`
  query CejAllowance($id: ID!) {
    cejContract(id: $id) {
      id
      allowance {
        month
        amount
        declared
        minor
        ageOnFirstDay
        taxBracket
        monthlyAmount
        monthlyAmountValidFrom
        fullMonthAmount
        proratedAmount
        coveredDays
        daysInMonth
        activityIncome
        fullDeductionIncome
        sanction
        sanctionAmount
        breachRank
        terms {
          code
          label
          value
        }
      }
    }
  }
`);

export const CEJ_PARTICIPANT_CANDIDATES_QUERY = graphql(`
  query CejParticipantCandidates($first: Int!, $filter: ParticipantFilter) {
    participants(first: $first, filter: $filter) {
      edges {
        node {
          id
          firstName
          lastName
          birthDate
          branch {
            id
            name
          }
        }
      }
    }
  }
`);

export const CEJ_BRANCHES_QUERY = graphql(`
  query CejBranches($id: ID!) {
    structure(id: $id) {
      id
      branches {
        id
        name
      }
    }
  }
`);

export const CREATE_CEJ_CONTRACT_MUTATION = graphql(`
  mutation CreateCejContract($input: CreateCejContractInput!) {
    createCejContract(input: $input) {
      ...CejContractFields
    }
  }
`);

export const SIGN_CEJ_CONTRACT_MUTATION = graphql(`
  mutation SignCejContract($input: SignCejContractInput!) {
    signCejContract(input: $input) {
      ...CejContractFields
    }
  }
`);

export const SUSPEND_CEJ_CONTRACT_MUTATION = graphql(`
  mutation SuspendCejContract($input: SuspendCejContractInput!) {
    suspendCejContract(input: $input) {
      ...CejContractFields
    }
  }
`);

export const RESUME_CEJ_CONTRACT_MUTATION = graphql(`
  mutation ResumeCejContract($input: ResumeCejContractInput!) {
    resumeCejContract(input: $input) {
      ...CejContractFields
    }
  }
`);

export const RENEW_CEJ_CONTRACT_MUTATION = graphql(`
  mutation RenewCejContract($input: RenewCejContractInput!) {
    renewCejContract(input: $input) {
      ...CejContractFields
    }
  }
`);

export const END_CEJ_CONTRACT_MUTATION = graphql(`
  mutation EndCejContract($input: EndCejContractInput!) {
    endCejContract(input: $input) {
      ...CejContractFields
    }
  }
`);

export const DECIDE_CEJ_TERMINATION_MUTATION = graphql(`
  mutation DecideCejTermination($input: DecideCejTerminationInput!) {
    decideCejTermination(input: $input) {
      ...CejContractFields
    }
  }
`);

export const ADD_CEJ_ACTIONS_MUTATION = graphql(`
  mutation AddCejActions($input: AddCejActionsInput!) {
    addCejActions(input: $input) {
      ...CejActionFields
    }
  }
`);

export const RECORD_CEJ_ACTION_OUTCOME_MUTATION = graphql(`
  mutation RecordCejActionOutcome($input: RecordCejActionOutcomeInput!) {
    recordCejActionOutcome(input: $input) {
      ...CejActionFields
    }
  }
`);

export const DELETE_CEJ_ACTION_MUTATION = graphql(`
  mutation DeleteCejAction($id: ID!, $version: Int!) {
    deleteCejAction(id: $id, version: $version)
  }
`);

export const RECORD_CEJ_BREACH_MUTATION = graphql(`
  mutation RecordCejBreach($input: RecordCejBreachInput!) {
    recordCejBreach(input: $input) {
      id
      rank
    }
  }
`);

export const DECLARE_CEJ_INCOME_MUTATION = graphql(`
  mutation DeclareCejIncome($input: DeclareCejIncomeInput!) {
    declareCejIncome(input: $input) {
      id
      version
      month
    }
  }
`);
