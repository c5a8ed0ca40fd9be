import { Anchor, Button, Group } from '@mantine/core';
import { Permission, REPORT_KIND_LABELS, REPORT_STATUS_LABELS } from '@passerelle/domain';
import { Link } from 'react-router';
import { formatDateTime, formatShortDay, labelOf, optionsOf } from '../../../lib/format';
import { type FilterSelect, FilterSelects } from '../../common/components/filter-selects';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { ReportStatusBadge } from '../components/report-status-badge';
import { RequestReportModal } from '../components/request-report-modal';
import { yearOptions } from '../report-rules';
import { useReports } from '../hooks/use-reports';

const STATUSES = optionsOf(REPORT_STATUS_LABELS);
const KINDS = optionsOf(REPORT_KIND_LABELS);
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
  const years = yearOptions(new Date().getFullYear(), 6);
  const filters: FilterSelect[] = [
    { param: 'statut', label: 'Statut', placeholder: 'Tous', data: STATUSES, value: status, w: 220 },
    { param: 'type', label: 'Type', placeholder: 'Tous', data: KINDS, value: kind, w: 280 },
    { param: 'annee', label: 'Année', placeholder: 'Toutes', data: years, value: year, w: 140 },
    { param: 'origine', label: 'Bilans', placeholder: 'Tous', data: ORIGINS, value: origin, w: 300 },
  ];

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
        <FilterSelects filters={filters} onChange={setFilter} />
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
