import { LineChart } from '@mantine/charts';
import { NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { formatRate, formatShortDay } from '../../../lib/format';
import { PageHeader } from '../../common/components/page-header';
import { QueryPending } from '../../common/components/query-pending';
import { AnalyticsFilters } from '../components/analytics-filters';
import { DropOffGroupChart } from '../components/drop-off-group-chart';
import { FigureCard } from '../components/figure-card';
import { MeasureCards } from '../components/measure-cards';
import { MEASURE_COLORS, MEASURES, measureLabel, monthlyRows, neverSeenRate } from '../drop-off-rules';
import { useDropOff } from '../hooks/use-drop-off';

/** Drop-off analysis (seed 003): first contacts, people never seen again, ruptures, exits without solution. */
export function DropOffPage() {
  const { filters, windowDays, setWindowDays, analysis, loading, error, refetch } = useDropOff();

  return (
    <Stack gap="md">
      <PageHeader
        title="Analyse du décrochage"
        description="Premiers contacts, personnes pas revenues après un premier contact, ruptures de parcours et sorties sans solution, par mois, antenne et profil."
      />
      <AnalyticsFilters filters={filters}>
        <NumberInput
          label="Pas revenu après (jours)"
          min={7}
          max={365}
          value={windowDays}
          onChange={(value) => setWindowDays(typeof value === 'number' ? value : Number(value) || 0)}
          w={190}
        />
      </AnalyticsFilters>
      {!analysis ? (
        <QueryPending error={error} loading={loading} onRetry={() => void refetch()} h={320} reserve />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Du {formatShortDay(analysis.from)} au {formatShortDay(analysis.to)} · une personne compte comme pas revenue
            sans autre contact {analysis.windowDays} jours après son premier contact (situation au{' '}
            {formatShortDay(analysis.asOf)}).
          </Text>
          <MeasureCards measures={MEASURES} labelOf={measureLabel} totals={analysis.totals} />
          {neverSeenRate(analysis.totals) !== null && (
            <Text size="sm">
              Part des premiers contacts pas revenus :{' '}
              <strong>{formatRate(neverSeenRate(analysis.totals) ?? 0)}</strong>
            </Text>
          )}
          <FigureCard title="Mois par mois" label="Évolution mois par mois">
            <LineChart
              h={260}
              data={monthlyRows(analysis.months, analysis.series)}
              dataKey="month"
              withLegend
              series={analysis.series.map((s) => ({
                name: s.measure,
                label: s.label,
                color: MEASURE_COLORS[s.measure as keyof typeof MEASURE_COLORS] ?? 'gray.6',
              }))}
            />
          </FigureCard>
          <DropOffGroupChart title="Par antenne" groups={analysis.byBranch} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <DropOffGroupChart title="Par tranche d’âge" groups={analysis.byAgeBand} />
            <DropOffGroupChart title="Par sexe" groups={analysis.bySex} />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
