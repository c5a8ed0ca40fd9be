import { Button, Stack, Table, Text, Tooltip } from '@mantine/core';
import { DROP_OFF_MEASURE_LABELS, DropOffMeasure, ReportStatus } from '@passerelle/domain';
import { downloadFile } from '../../../lib/download';
import { formatNumber, formatShortDay, todayInParis } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { PageHeader } from '../../common/components/page-header';
import { PeriodFilters } from '../../common/components/period-filters';
import { QueryPending } from '../../common/components/query-pending';
import { usePeriod } from '../../common/hooks/use-period';
import { useNetworkFigures } from '../hooks/use-network-figures';

const MEASURES = Object.values(DropOffMeasure);

const REPORT_COLUMNS: { status: ReportStatus; label: string }[] = [
  { status: ReportStatus.DRAFT, label: 'Bilans en brouillon' },
  { status: ReportStatus.SUBMITTED, label: 'Bilans transmis' },
  { status: ReportStatus.ACCEPTED, label: 'Bilans validés' },
  { status: ReportStatus.RETURNED, label: 'Bilans renvoyés' },
];

/** A count of people: « secret » below the small-cell threshold. */
function People({ value, threshold }: { value: number | null; threshold: number }) {
  if (value !== null) return <>{formatNumber(value)}</>;
  return (
    <Tooltip label={`Moins de ${threshold} personnes : effectif masqué`}>
      <Text span c="dimmed" fs="italic" size="sm">
        secret
      </Text>
    </Tooltip>
  );
}

/** A network's aggregated figures, member by member; no personal file is reachable from here. */
export function NetworkFiguresPage() {
  const today = todayInParis();
  const period = usePeriod({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const { from, to, valid } = period;
  const { figures, loading, error, refetch } = useNetworkFigures(from, to, valid);
  const exportCsv = () =>
    downloadFile(
      `/files/network-statistics.csv?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      `statistiques-reseau-${from}-${to}.csv`,
      { serverName: true },
    ).catch(notifyError);

  return (
    <Stack gap="md">
      <PageHeader
        title="Chiffres du réseau"
        description="Chiffres agrégés de chaque structure membre : effectifs, décrochage, activité, indicateurs de paiement et bilans. Aucun dossier individuel."
      />
      <PeriodFilters period={period}>
        <Button variant="default" onClick={() => void exportCsv()} disabled={!valid}>
          Export statistique anonymisé (CSV)
        </Button>
      </PeriodFilters>
      {!figures ? (
        <QueryPending error={error} loading={loading || !valid} onRetry={() => void refetch()} h={240} reserve />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Du {formatShortDay(figures.from)} au {formatShortDay(figures.to)} · effectifs de moins de{' '}
            {figures.smallCellThreshold} personnes masqués · pas revenu : sans autre contact {figures.windowDays} jours
            après le premier.
          </Text>
          <Table.ScrollContainer minWidth={900}>
            <Table striped withTableBorder aria-label="Chiffres par structure membre">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Structure membre</Table.Th>
                  <Table.Th>Dossiers</Table.Th>
                  <Table.Th>Personnes contactées</Table.Th>
                  {MEASURES.map((measure) => (
                    <Table.Th key={measure}>{DROP_OFF_MEASURE_LABELS[measure]}</Table.Th>
                  ))}
                  <Table.Th>Entretiens</Table.Th>
                  <Table.Th>Séances</Table.Th>
                  <Table.Th>Indicateurs de paiement</Table.Th>
                  {REPORT_COLUMNS.map((c) => (
                    <Table.Th key={c.status}>{c.label}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {figures.members.map((member) => (
                  <Table.Tr key={member.structure.id}>
                    <Table.Td>{member.structure.name}</Table.Td>
                    <Table.Td>
                      <People value={member.participants ?? null} threshold={figures.smallCellThreshold} />
                    </Table.Td>
                    <Table.Td>
                      <People value={member.peopleContacted ?? null} threshold={figures.smallCellThreshold} />
                    </Table.Td>
                    {MEASURES.map((measure) => (
                      <Table.Td key={measure}>
                        <People
                          value={member.dropOff.find((c) => c.measure === measure)?.count ?? null}
                          threshold={figures.smallCellThreshold}
                        />
                      </Table.Td>
                    ))}
                    <Table.Td>{formatNumber(member.interviews)}</Table.Td>
                    <Table.Td>{formatNumber(member.sessions)}</Table.Td>
                    <Table.Td>{formatNumber(member.paymentIndicators)}</Table.Td>
                    {REPORT_COLUMNS.map((c) => (
                      <Table.Td key={c.status}>
                        {formatNumber(member.reports.find((r) => r.status === c.status)?.count ?? 0)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {figures.members.length === 0 && <Text c="dimmed">Le réseau n’a pas encore de structure membre.</Text>}
        </>
      )}
    </Stack>
  );
}
