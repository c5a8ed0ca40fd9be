import { Anchor, Button, Group, Select } from '@mantine/core';
import { Permission, REPORT_KIND_LABELS, REPORT_STATUS_LABELS } from '@passerelle/domain';
import { Link } from 'react-router';
import { formatDateTime, formatShortDay, labelOf, optionsOf } from '../../../lib/format';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { ReportStatusBadge } from '../components/report-status-badge';
import { RequestReportModal } from '../components/request-report-modal';
import { yearOptions } from '../report-rules';
import { useReports } from '../hooks/use-reports';

const ORIGINS = [
  { value: 'structure', label: 'Bilans de la structure' },
  { value: 'lots', label: 'Bilans des lots (rédigés par le prestataire)' },
];

/**
 * The reports I see, most recent first: the structure's own, and those of the lots it delivers (provider: to write and
 * submit) or owns (operator: to review). Filtered by status, kind, year, origin and lot (`?lot=`).
 */
export function ReportsPage() {
  const { can, requesting, setRequesting, status, kind, year, origin, lotId, setFilter, list } = useReports();

  return (
    <>
      <PageHeader
        title={lotId ? 'Bilans du lot' : 'Bilans'}
        description="Tableaux mensuels, bilans intermédiaires et finaux : chiffres, parties rédigées, transmission et validation. Les bilans d’un lot sont rédigés par son prestataire et validés par la structure porteuse."
        actions={
          can(Permission.REPORTS_WRITE) && (
            <Button onClick={() => setRequesting(true)}>
              {lotId ? 'Préparer un bilan du lot' : 'Préparer un bilan'}
            </Button>
          )
        }
      />
      <Group mb="md" gap="sm" align="flex-end">
        <Select
          label="Statut"
          placeholder="Tous"
          clearable
          data={optionsOf(REPORT_STATUS_LABELS)}
          value={status}
          onChange={(v) => setFilter('statut', v)}
          w={220}
        />
        <Select
          label="Type"
          placeholder="Tous"
          clearable
          data={optionsOf(REPORT_KIND_LABELS)}
          value={kind}
          onChange={(v) => setFilter('type', v)}
          w={280}
        />
        <Select
          label="Année"
          placeholder="Toutes"
          clearable
          data={yearOptions(new Date().getFullYear(), 6)}
          value={year}
          onChange={(v) => setFilter('annee', v)}
          w={140}
        />
        <Select
          label="Bilans"
          placeholder="Tous"
          clearable
          data={ORIGINS}
          value={origin}
          onChange={(v) => setFilter('origine', v)}
          w={300}
        />
        {lotId && (
          <Button variant="subtle" onClick={() => setFilter('lot', null)}>
            Tous les lots
          </Button>
        )}
      </Group>
      {list.error && !list.connection ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <RecordsTable
            fetching={list.loading}
            noRecordsText="Aucun bilan"
            records={list.records}
            pagination={{ ...list, onlyWhenSeveralPages: true }}
            columns={[
              {
                accessor: 'title',
                title: 'Bilan',
                render: (r) => (
                  <Anchor component={Link} to={`/bilans/${r.id}`} size="sm" fw={500}>
                    {r.title}
                  </Anchor>
                ),
              },
              { accessor: 'kind', title: 'Type', render: (r) => labelOf(REPORT_KIND_LABELS, r.kind) },
              {
                accessor: 'period',
                title: 'Période',
                noWrap: true,
                render: (r) => `${formatShortDay(r.periodStart)} – ${formatShortDay(r.periodEnd)}`,
              },
              {
                accessor: 'dueOn',
                title: 'À transmettre avant le',
                noWrap: true,
                render: (r) => formatShortDay(r.dueOn),
              },
              { accessor: 'status', title: 'Statut', render: (r) => <ReportStatusBadge status={r.status} /> },
              {
                accessor: 'submittedAt',
                title: 'Transmis le',
                noWrap: true,
                render: (r) => formatDateTime(r.submittedAt),
              },
            ]}
          />
        </>
      )}
      {requesting && <RequestReportModal lotId={lotId} onClose={() => setRequesting(false)} />}
    </>
  );
}
