import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { ReviewDecision } from '../components/report-review-modal';
import { REPORT_QUERY, SUBMIT_REPORT } from '../graphql/reports';

/** A report, its submission (confirmed first, figures frozen) and the review decision being taken. */
export function useReport(id: string) {
  const [confirmingSubmit, setConfirmingSubmit] = useState(false);
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const { data, loading, error, refetch } = useQuery(REPORT_QUERY, { variables: { id } });
  const [submit, submitting] = useMutation(SUBMIT_REPORT, {
    refetchQueries: [{ query: REPORT_QUERY, variables: { id } }],
    awaitRefetchQueries: true,
  });
  const report = data?.report;

  async function handleSubmit() {
    if (!report) return;
    try {
      await submit({ variables: { input: { id: report.id, version: report.version } } });
      notifySuccess('Le bilan est transmis : ses chiffres sont figés.');
      setConfirmingSubmit(false);
    } catch (caught) {
      notifyError(caught);
    }
  }

  return {
    report,
    loading,
    error,
    refetch,
    confirmingSubmit,
    setConfirmingSubmit,
    decision,
    setDecision,
    submit: handleSubmit,
    submitting: submitting.loading,
  };
}
