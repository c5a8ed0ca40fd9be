import { graphql } from '../../../generated';

export const REPORT_ROW_FIELDS = graphql(`
  fragment ReportRowFields on Report {
    id
    version
    title
    kind
    status
    periodStart
    periodEnd
    dueOn
    submittedAt
    reviewedAt
    editable
    lotId
    canWrite
    canReview
  }
`);

export const REPORTS_QUERY = graphql(`
  query Reports($first: Int!, $after: String, $filter: ReportFilter) {
    reports(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ReportRowFields
        }
      }
    }
  }
`);

export const REPORT_QUERY = graphql(`
  query Report($id: ID!) {
    report(id: $id) {
      ...ReportRowFields
      reviewComment
      updatedAt
      sections {
        key
        title
        text
      }
      figures {
        computedAt
        frozen
        tables {
          key
          title
          shortTitle
          note
          columns {
            key
            label
          }
          rows {
            key
            label
            values
          }
        }
      }
    }
  }
`);

export const UPDATE_REPORT = graphql(`
  mutation UpdateReport($input: UpdateReportInput!) {
    updateReport(input: $input) {
      ...ReportRowFields
      updatedAt
      sections {
        key
        title
        text
      }
    }
  }
`);

export const SUBMIT_REPORT = graphql(`
  mutation SubmitReport($input: SubmitReportInput!) {
    submitReport(input: $input) {
      ...ReportRowFields
      updatedAt
    }
  }
`);

export const ACCEPT_REPORT = graphql(`
  mutation AcceptReport($input: AcceptReportInput!) {
    acceptReport(input: $input) {
      ...ReportRowFields
      reviewComment
      updatedAt
    }
  }
`);

export const RETURN_REPORT = graphql(`
  mutation ReturnReport($input: ReturnReportInput!) {
    returnReport(input: $input) {
      ...ReportRowFields
      reviewComment
      updatedAt
    }
  }
`);

export const REQUEST_REPORT = graphql(`
  mutation RequestReport($input: PrepareReportInput!) {
    requestReport(input: $input) {
      id
      state
      progress
      reportId
      failedReason
    }
  }
`);

export const REPORT_JOB_QUERY = graphql(`
  query ReportJob($id: ID!) {
    reportJob(id: $id) {
      id
      state
      progress
      reportId
      failedReason
    }
  }
`);
