import { graphql } from '../../../generated';

export const CEJ_MONTHLY_RETURN_FIELDS = graphql(`
  fragment CejMonthlyReturnFields on CejMonthlyReturn {
    id
    version
    month
    status
    progress
    difficulties
    submittedAt
    lotTitle
    providerName
    figures {
      workshops
      attended
      excusedAbsences
      unexcusedAbsences
      plannedHours
      doneHours
      attendanceRate
      pixDiagnostics
      certifications
    }
  }
`);

export const CEJ_CONTRACT_MONTHLY_RETURNS_QUERY = graphql(`
  query CejContractMonthlyReturns($id: ID!) {
    cejContract(id: $id) {
      id
      monthlyReturns {
        ...CejMonthlyReturnFields
      }
    }
  }
`);

export const CEJ_DIGITAL_MONTHLY_TABLE_FIELDS = graphql(`
  fragment CejDigitalMonthlyTableFields on CejDigitalMonthlyTable {
    summary {
      month
      runningContracts
      diagnosedContracts
      diagnosedRate
      diagnosticsInMonth
      contractsWithPlan
      workshopsInMonth
      enrolmentsInMonth
      attendancesInMonth
      attendedHoursInMonth
      certificationsInMonth
    }
    rows {
      contractId
      lastName
      firstName
      branchName
      startOn
      endOn
      lastPixOn
      lastPixTotal
      planItems
      planItemsAchieved
      enrolmentsInMonth
      attendancesInMonth
      attendedHoursInMonth
      certificationsInMonth
    }
  }
`);

export const CEJ_DIGITAL_MONTHLY_TABLE_QUERY = graphql(`
  query CejDigitalMonthlyTable($month: String!) {
    cejDigitalMonthlyTable(month: $month) {
      ...CejDigitalMonthlyTableFields
    }
  }
`);

export const CEJ_PROVIDER_DIGITAL_MONTHLY_TABLE_QUERY = graphql(`
  query CejProviderDigitalMonthlyTable($lotId: ID!, $month: String!) {
    cejProviderDigitalMonthlyTable(lotId: $lotId, month: $month) {
      ...CejDigitalMonthlyTableFields
    }
  }
`);

export const CEJ_PROVIDER_LOTS_QUERY = graphql(`
  query CejProviderLots {
    cejProviderLots {
      id
      number
      title
      startsOn
      endsOn
    }
  }
`);

/** Who a received young person is, on the provider's side. */
export const CEJ_RECEIVED_YOUNG_PERSON_FIELDS = graphql(`
  fragment CejReceivedYoungPersonFields on CejReceivedYoungPerson {
    contractId
    lotId
    lotTitle
    operatorName
    firstName
    lastName
    startOn
    endOn
    status
    cohortName
  }
`);

export const CEJ_RECEIVED_YOUNG_PEOPLE_QUERY = graphql(`
  query CejReceivedYoungPeople($lotId: ID) {
    cejReceivedYoungPeople(lotId: $lotId) {
      ...CejReceivedYoungPersonFields
      digitalPath
    }
  }
`);

export const CEJ_RECEIVED_YOUNG_PERSON_QUERY = graphql(`
  query CejReceivedYoungPerson($contractId: ID!, $lotId: ID!) {
    cejReceivedYoungPerson(contractId: $contractId, lotId: $lotId) {
      ...CejReceivedYoungPersonFields
      workshopDays {
        id
        version
        date
        title
        plannedHours
        doneHours
        outcome
      }
      digitalEnrolments {
        id
        version
        attendance
        workshop {
          id
          title
          date
          hours
        }
      }
      pixDiagnostics {
        id
        date
        totalPix
      }
      digitalPlan {
        id
        competence
        objective
        status
      }
      digitalCertifications {
        id
        kind
        obtainedOn
        result
      }
      monthlyReturns {
        ...CejMonthlyReturnFields
      }
    }
  }
`);

export const RECORD_CEJ_PROVIDER_SESSION_ATTENDANCE_MUTATION = graphql(`
  mutation RecordCejProviderSessionAttendance($input: RecordCejProviderSessionAttendanceInput!) {
    recordCejProviderSessionAttendance(input: $input) {
      id
      version
      outcome
      doneHours
    }
  }
`);

export const RECORD_CEJ_PROVIDER_WORKSHOP_ATTENDANCE_MUTATION = graphql(`
  mutation RecordCejProviderWorkshopAttendance($input: RecordCejWorkshopAttendanceInput!) {
    recordCejProviderWorkshopAttendance(input: $input) {
      id
      version
      attendance
    }
  }
`);

export const RECORD_CEJ_PROVIDER_PIX_DIAGNOSTIC_MUTATION = graphql(`
  mutation RecordCejProviderPixDiagnostic($input: RecordCejPixDiagnosticInput!) {
    recordCejProviderPixDiagnostic(input: $input) {
      id
      totalPix
    }
  }
`);

export const SAVE_CEJ_PROVIDER_DIGITAL_PLAN_ITEM_MUTATION = graphql(`
  mutation SaveCejProviderDigitalPlanItem($input: SaveCejDigitalPlanItemInput!) {
    saveCejProviderDigitalPlanItem(input: $input) {
      id
    }
  }
`);

export const RECORD_CEJ_PROVIDER_CERTIFICATION_MUTATION = graphql(`
  mutation RecordCejProviderCertification($input: RecordCejDigitalCertificationInput!) {
    recordCejProviderCertification(input: $input) {
      id
    }
  }
`);

export const SAVE_CEJ_MONTHLY_RETURN_MUTATION = graphql(`
  mutation SaveCejMonthlyReturn($input: SaveCejMonthlyReturnInput!) {
    saveCejMonthlyReturn(input: $input) {
      ...CejMonthlyReturnFields
    }
  }
`);

export const SUBMIT_CEJ_MONTHLY_RETURN_MUTATION = graphql(`
  mutation SubmitCejMonthlyReturn($input: SubmitCejMonthlyReturnInput!) {
    submitCejMonthlyReturn(input: $input) {
      ...CejMonthlyReturnFields
    }
  }
`);
