import { Alert, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { REPORT_KIND_LABELS, ReportStatus } from '@passerelle/domain';
import { useParams } from 'react-router';
import { formatDateTime, formatShortDay, labelOf } from '../../../lib/format';
import { ConfirmModal } from '../../common/components/confirm-modal';
import { PageHeader } from '../../common/components/page-header';
import { ReportDownloads } from '../components/report-downloads';
import { ReportFigures } from '../components/report-figures';
import { ReportReviewModal } from '../components/report-review-modal';
import { ReportSectionsForm } from '../components/report-sections-form';
import { ReportStatusBadge } from '../components/report-status-badge';
import { useReport } from '../hooks/use-report';
import { emptySections } from '../report-rules';
import { QueryPending } from '../../common/components/query-pending';

/** A report: its figures, its written sections, submission (frozen), review, downloads. */
export function ReportPage() {
  const { id = '' } = useParams();
  const {
    report,
    loading,
    error,
    refetch,
    confirmingSubmit,
    setConfirmingSubmit,
    decision,
    setDecision,
    submit,
    submitting,
  } = useReport(id);
  if (!report) return <QueryPending error={error} loading={loading} onRetry={() => void refetch()} h={320} reserve />;
  // The API says which side I am on: a lot's report is written by its provider and reviewed by the lot's operator.
  const canWrite = report.canWrite;
  const canReview = report.canReview;
  const missing = emptySections(report.sections);

  return (
    <Stack gap="md">
      <PageHeader
        title={report.title}
        description={
          <Group gap="xs" component="span">
            <ReportStatusBadge status={report.status} />
            <span>
              {labelOf(REPORT_KIND_LABELS, report.kind)} · du {formatShortDay(report.periodStart)} au{' '}
              {formatShortDay(report.periodEnd)} · à transmettre avant le {formatShortDay(report.dueOn)}
            </span>
          </Group>
        }
        actions={
          <>
            <ReportDownloads reportId={report.id} />
            {canWrite && (
              <Button onClick={() => setConfirmingSubmit(true)} loading={submitting}>
                Transmettre le bilan
              </Button>
            )}
            {canReview && (
              <>
                <Button color="orange" variant="light" onClick={() => setDecision('return')}>
                  Renvoyer pour corrections
                </Button>
                <Button color="teal" onClick={() => setDecision('accept')}>
                  Valider
                </Button>
              </>
            )}
          </>
        }
      />
      {report.lotId && (
        <Text size="sm" c="dimmed">
          Bilan d’un lot : rédigé et transmis par le prestataire attributaire, validé ou renvoyé par la structure
          porteuse du lot.
        </Text>
      )}
      {report.submittedAt && (
        <Text size="sm" c="dimmed">
          Transmis le {formatDateTime(report.submittedAt)}
          {report.reviewedAt ? ` · examiné le ${formatDateTime(report.reviewedAt)}` : ''}
        </Text>
      )}
      {report.reviewComment && (
        <Alert
          color={report.status === ReportStatus.RETURNED ? 'orange' : 'teal'}
          title={report.status === ReportStatus.RETURNED ? 'Renvoyé pour corrections' : 'Remarques de la validation'}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {report.reviewComment}
          </Text>
        </Alert>
      )}
      <Tabs defaultValue="sections" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="sections">Parties rédigées</Tabs.Tab>
          <Tabs.Tab value="figures">Chiffres</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sections" pt="md">
          <ReportSectionsForm
            key={`${report.id}:${report.editable}`}
            reportId={report.id}
            version={report.version}
            sections={report.sections}
            editable={canWrite}
          />
        </Tabs.Panel>
        <Tabs.Panel value="figures" pt="md">
          <ReportFigures figures={report.figures} />
        </Tabs.Panel>
      </Tabs>
      <ConfirmModal
        opened={confirmingSubmit}
        title="Transmettre le bilan"
        confirmLabel="Transmettre"
        loading={submitting}
        onConfirm={() => void submit()}
        onClose={() => setConfirmingSubmit(false)}
      >
        Une fois transmis, le bilan n’est plus modifiable et ses chiffres sont figés tels qu’ils sont aujourd’hui.
        {missing.length > 0 && ` Parties encore vides : ${missing.join(' ; ')}.`} Enregistrez d’abord vos modifications
        en cours.
      </ConfirmModal>
      {decision && <ReportReviewModal decision={decision} report={report} onClose={() => setDecision(null)} />}
    </Stack>
  );
}
