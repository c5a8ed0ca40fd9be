import { Alert, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { REPORT_KIND_LABELS, ReportStatus } from '@passerelle/domain';
import { useParams } from 'react-router';
import { formatDateTime, formatShortDay, labelOf } from '../../../lib/format';
import { ConfirmModal } from '../../common/components/confirm-modal';
import { PageHeader } from '../../common/components/page-header';
import { LotProspections } from '../components/lot-prospections';
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
  const view = useReport(id);
  if (!view.report)
    return (
      <QueryPending error={view.error} loading={view.loading} onRetry={() => void view.refetch()} h={320} reserve />
    );
  // The API says which side I am on: a lot's report is written by its provider and reviewed by the lot's operator.
  const canWrite = view.report.canWrite;
  const canReview = view.report.canReview;
  const missing = emptySections(view.report.sections);

  return (
    <Stack gap="md">
      <PageHeader
        title={view.report.title}
        description={
          <Group gap="xs" component="span">
            <ReportStatusBadge status={view.report.status} />
            <span>
              {labelOf(REPORT_KIND_LABELS, view.report.kind)} · du {formatShortDay(view.report.periodStart)} au{' '}
              {formatShortDay(view.report.periodEnd)} · à transmettre avant le {formatShortDay(view.report.dueOn)}
            </span>
          </Group>
        }
        actions={
          <>
            <ReportDownloads reportId={view.report.id} />
            {canWrite && (
              <Button onClick={() => view.setConfirmingSubmit(true)} loading={view.submitting}>
                Transmettre le bilan
              </Button>
            )}
            {canReview && (
              <>
                <Button color="orange" variant="light" onClick={() => view.setDecision('return')}>
                  Renvoyer pour corrections
                </Button>
                <Button color="teal" onClick={() => view.setDecision('accept')}>
                  Valider
                </Button>
              </>
            )}
          </>
        }
      />
      {view.report.lotId && (
        <Text size="sm" c="dimmed">
          Bilan d’un lot : rédigé et transmis par le prestataire attributaire, validé ou renvoyé par la structure
          porteuse du lot.
        </Text>
      )}
      {view.report.submittedAt && (
        <Text size="sm" c="dimmed">
          Transmis le {formatDateTime(view.report.submittedAt)}
          {view.report.reviewedAt ? ` · examiné le ${formatDateTime(view.report.reviewedAt)}` : ''}
        </Text>
      )}
      {view.report.reviewComment && (
        <Alert
          color={view.report.status === ReportStatus.RETURNED ? 'orange' : 'teal'}
          title={
            view.report.status === ReportStatus.RETURNED ? 'Renvoyé pour corrections' : 'Remarques de la validation'
          }
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {view.report.reviewComment}
          </Text>
        </Alert>
      )}
      <Tabs defaultValue="sections" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="sections">Parties rédigées</Tabs.Tab>
          <Tabs.Tab value="figures">Chiffres</Tabs.Tab>
          {view.report.lotId && <Tabs.Tab value="prospections">Structures prospectées</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="sections" pt="md">
          <ReportSectionsForm
            key={`${view.report.id}:${view.report.editable}`}
            reportId={view.report.id}
            version={view.report.version}
            sections={view.report.sections}
            editable={canWrite}
          />
        </Tabs.Panel>
        <Tabs.Panel value="figures" pt="md">
          <ReportFigures figures={view.report.figures} />
        </Tabs.Panel>
        {view.report.lotId && (
          <Tabs.Panel value="prospections" pt="md">
            <LotProspections
              lotId={view.report.lotId}
              from={view.report.periodStart}
              to={view.report.periodEnd}
              canRecord={canWrite}
            />
          </Tabs.Panel>
        )}
      </Tabs>
      <ConfirmModal
        opened={view.confirmingSubmit}
        title="Transmettre le bilan"
        confirmLabel="Transmettre"
        loading={view.submitting}
        onConfirm={() => void view.submit()}
        onClose={() => view.setConfirmingSubmit(false)}
      >
        Une fois transmis, le bilan n’est plus modifiable et ses chiffres sont figés tels qu’ils sont aujourd’hui.
        {missing.length > 0 && ` Parties encore vides : ${missing.join(' ; ')}.`} Enregistrez d’abord vos modifications
        en cours.
      </ConfirmModal>
      {view.decision && (
        <ReportReviewModal decision={view.decision} report={view.report} onClose={() => view.setDecision(null)} />
      )}
    </Stack>
  );
}
