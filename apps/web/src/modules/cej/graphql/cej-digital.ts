import { graphql } from '../../../generated';

export const CEJ_DIGITAL_QUERY = graphql(`
  query CejDigital($id: ID!) {
    cejContract(id: $id) {
      id
      version
      digitalLotId
      branch {
        id
      }
      pixDiagnostics {
        id
        date
        note
        totalPix
        competences {
          competence
          label
          domain
          pix
          level
        }
        domains {
          domain
          label
          pix
          maxPix
        }
      }
      digitalPlan {
        id
        version
        competence
        objective
        status
        dueOn
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
          provider
        }
      }
      digitalCertifications {
        id
        kind
        obtainedOn
        result
        reference
      }
    }
  }
`);

export const CEJ_DIGITAL_WORKSHOPS_QUERY = graphql(`
  query CejDigitalWorkshops($first: Int!, $from: String) {
    cejDigitalWorkshops(first: $first, from: $from) {
      edges {
        node {
          id
          title
          date
          hours
          provider
          capacity
        }
      }
    }
  }
`);

export const RECORD_CEJ_PIX_DIAGNOSTIC_MUTATION = graphql(`
  mutation RecordCejPixDiagnostic($input: RecordCejPixDiagnosticInput!) {
    recordCejPixDiagnostic(input: $input) {
      id
    }
  }
`);

export const SAVE_CEJ_DIGITAL_PLAN_ITEM_MUTATION = graphql(`
  mutation SaveCejDigitalPlanItem($input: SaveCejDigitalPlanItemInput!) {
    saveCejDigitalPlanItem(input: $input) {
      id
      version
      status
    }
  }
`);

export const ENROL_IN_CEJ_DIGITAL_WORKSHOP_MUTATION = graphql(`
  mutation EnrolInCejDigitalWorkshop($input: EnrolInCejDigitalWorkshopInput!) {
    enrolInCejDigitalWorkshop(input: $input) {
      id
    }
  }
`);

export const RECORD_CEJ_WORKSHOP_ATTENDANCE_MUTATION = graphql(`
  mutation RecordCejWorkshopAttendance($input: RecordCejWorkshopAttendanceInput!) {
    recordCejWorkshopAttendance(input: $input) {
      id
      version
      attendance
    }
  }
`);

export const CREATE_CEJ_DIGITAL_WORKSHOP_MUTATION = graphql(`
  mutation CreateCejDigitalWorkshop($input: CreateCejDigitalWorkshopInput!) {
    createCejDigitalWorkshop(input: $input) {
      id
    }
  }
`);

export const RECORD_CEJ_DIGITAL_CERTIFICATION_MUTATION = graphql(`
  mutation RecordCejDigitalCertification($input: RecordCejDigitalCertificationInput!) {
    recordCejDigitalCertification(input: $input) {
      id
    }
  }
`);

/** The structure's lots awarded to a provider with a signed convention: those a workshop or a young person goes to. */
export const CEJ_CONTRACTED_LOTS_QUERY = graphql(`
  query CejContractedLots {
    lots(first: 100) {
      edges {
        node {
          id
          number
          title
          conventionSignedOn
          awardedProvider {
            id
            name
          }
          market {
            id
            reference
          }
        }
      }
    }
  }
`);

export const SET_CEJ_CONTRACT_DIGITAL_LOT_MUTATION = graphql(`
  mutation SetCejContractDigitalLot($input: SetCejContractDigitalLotInput!) {
    setCejContractDigitalLot(input: $input) {
      id
      version
      digitalLotId
    }
  }
`);
