import { BarChart } from '@mantine/charts';
import { Stack, Table, Text } from '@mantine/core';
import { formatNumber, formatShortDay } from '../../../lib/format';
import { PageHeader } from '../../common/components/page-header';
import { QueryPending } from '../../common/components/query-pending';
import { AnalyticsFilters } from '../components/analytics-filters';
import { FigureCard } from '../components/figure-card';
import { MeasureCards } from '../components/measure-cards';
import { countOf, formatMonth } from '../drop-off-rules';
import { useMlActivity } from '../hooks/use-ml-activity';
import { ML_MEASURE_COLORS, ML_MEASURES, mlMeasureLabel } from '../ml-activity-rules';

/** Mission Locale activity (seeds 000 and 003): first welcomes, young people followed, interviews, CEJ entries and exits. */
export function MlActivityPage() {
  const { filters, activity, loading, error, refetch } = useMlActivity();

  return (
    <Stack gap="md">
      <PageHeader
        title="Activité de la Mission Locale"
        description="Premiers accueils, jeunes suivis, entretiens individuels, entrées et sorties de CEJ, par mois et par antenne."
      />
      <AnalyticsFilters filters={filters} />
      {!activity ? (
        <QueryPending error={error} loading={loading} onRetry={() => void refetch()} h={320} reserve />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Du {formatShortDay(activity.from)} au {formatShortDay(activity.to)} · un ou une jeune suivi·e compte une
            fois sur la période, quel que soit le nombre de ses contacts.
          </Text>
          <MeasureCards measures={ML_MEASURES} labelOf={mlMeasureLabel} totals={activity.totals} />
          <FigureCard title="Mois par mois">
            <BarChart
              h={260}
              data={activity.months.map((month, i) => ({
                month: formatMonth(month),
                ...Object.fromEntries(activity.series.map((s) => [s.measure, s.values[i] ?? 0])),
              }))}
              dataKey="month"
              withLegend
              series={activity.series.map((s) => ({
                name: s.measure,
                label: s.label,
                color: ML_MEASURE_COLORS[s.measure] ?? 'gray.6',
              }))}
            />
            <Table striped mt="sm" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Mois</Table.Th>
                  {activity.series.map((s) => (
                    <Table.Th key={s.measure} ta="right">
                      {s.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {activity.months.map((month, i) => (
                  <Table.Tr key={month}>
                    <Table.Th fw={500}>{formatMonth(month)}</Table.Th>
                    {activity.series.map((s) => (
                      <Table.Td key={s.measure} ta="right">
                        {formatNumber(s.values[i] ?? 0)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </FigureCard>
          <FigureCard title="Par antenne">
            <Table striped fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Antenne</Table.Th>
                  {ML_MEASURES.map((measure) => (
                    <Table.Th key={measure} ta="right">
                      {mlMeasureLabel(measure)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {activity.byBranch.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={ML_MEASURES.length + 1}>Aucune activité sur la période.</Table.Td>
                  </Table.Tr>
                ) : (
                  activity.byBranch.map((branch) => (
                    <Table.Tr key={branch.key}>
                      <Table.Th fw={500}>{branch.label}</Table.Th>
                      {ML_MEASURES.map((measure) => (
                        <Table.Td key={measure} ta="right">
                          {formatNumber(countOf(branch.counts, measure))}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </FigureCard>
          <FigureCard title="Sorties de CEJ par motif">
            <Table striped fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Motif</Table.Th>
                  <Table.Th>Sortie positive</Table.Th>
                  <Table.Th ta="right">Sorties</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {activity.exitsByReason.map((exit) => (
                  <Table.Tr key={exit.reason}>
                    <Table.Th fw={500}>{exit.label}</Table.Th>
                    <Table.Td>{exit.positive ? 'Oui' : 'Non'}</Table.Td>
                    <Table.Td ta="right">{formatNumber(exit.count)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </FigureCard>
        </>
      )}
    </Stack>
  );
}
