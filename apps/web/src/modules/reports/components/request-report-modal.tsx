import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Progress, Select, Stack, Text } from '@mantine/core';
import { REPORT_KIND_LABELS, ReportKind } from '@passerelle/domain';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { notifyError } from '../../../lib/notify';
import { optionsOf } from '../../../lib/format';
import { REPORT_JOB_QUERY, REPORTS_QUERY, REQUEST_REPORT } from '../graphql/reports';
import { JOB_STATE_LABELS, jobFinished, needsMonth, yearOptions } from '../report-rules';
import { ReportDownloads } from './report-downloads';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
].map((label, i) => ({
  value: String(i + 1),
  label,
}));

/** Progress of a requested report, polled until it is ready (or failed), then its link and downloads. */
function JobProgress({ jobId }: { jobId: string }) {
  const { data, error, stopPolling } = useQuery(REPORT_JOB_QUERY, {
    variables: { id: jobId },
    pollInterval: 1000,
    fetchPolicy: 'network-only',
  });
  const job = data?.reportJob;
  const finished = jobFinished(job);
  useEffect(() => {
    if (finished) stopPolling();
  }, [finished, stopPolling]);
  if (error && !job) return <Alert color="red">Le suivi de la préparation a échoué : {error.message}</Alert>;
  if (!job) return <Progress value={0} animated aria-label="Avancement de la préparation" />;
  if (job.state === 'failed') {
    return (
      <Alert color="red" title="La préparation a échoué">
        {job.failedReason ?? 'Erreur inconnue.'}
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm">{JOB_STATE_LABELS[job.state] ?? job.state}</Text>
        <Text size="sm">{finished ? 100 : job.progress} %</Text>
      </Group>
      <Progress value={finished ? 100 : job.progress} animated={!finished} aria-label="Avancement de la préparation" />
      {finished && job.reportId && (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            Le bilan est prêt.
          </Text>
          <Group>
            <Button component={Link} to={`/bilans/${job.reportId}`}>
              Ouvrir le bilan
            </Button>
            <ReportDownloads reportId={job.reportId} />
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/** Asks the job queue for a report now and follows its preparation. */
export function RequestReportModal({ onClose, lotId = null }: { onClose(): void; lotId?: string | null }) {
  const year = new Date().getFullYear();
  const [kind, setKind] = useState<string>(ReportKind.MONTHLY);
  const [reportYear, setReportYear] = useState(String(year));
  const [month, setMonth] = useState<string | null>(String(new Date().getMonth() + 1));
  const [jobId, setJobId] = useState<string | null>(null);
  const [request, { loading }] = useMutation(REQUEST_REPORT, { refetchQueries: [REPORTS_QUERY] });

  async function handleRequest() {
    try {
      const result = await request({
        variables: {
          input: {
            kind: kind as ReportKind,
            year: Number(reportYear),
            month: needsMonth(kind) && month ? Number(month) : null,
            lotId,
          },
        },
      });
      if (result.data) setJobId(result.data.requestReport.id);
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title="Préparer un bilan" centered size="lg">
      <Stack>
        <Select
          label="Type de bilan"
          data={optionsOf(REPORT_KIND_LABELS)}
          value={kind}
          onChange={(value) => value && setKind(value)}
          allowDeselect={false}
          disabled={Boolean(jobId)}
        />
        <Group grow>
          <Select
            label="Année"
            data={yearOptions(year)}
            value={reportYear}
            onChange={(value) => value && setReportYear(value)}
            allowDeselect={false}
            disabled={Boolean(jobId)}
          />
          {needsMonth(kind) && (
            <Select
              label="Mois"
              data={MONTHS}
              value={month}
              onChange={setMonth}
              allowDeselect={false}
              disabled={Boolean(jobId)}
            />
          )}
        </Group>
        {jobId ? (
          <JobProgress jobId={jobId} />
        ) : (
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuler
            </Button>
            <Button onClick={() => void handleRequest()} loading={loading}>
              Lancer la préparation
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
