import { LineChart } from '@mantine/charts';
import { Card, Group, NumberInput, Paper, Select, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { formatNumber, formatRate, formatShortDay } from '../../../lib/format';
import { DayInput } from '../../common/components/day-input';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { DropOffGroupChart } from '../components/drop-off-group-chart';
import { countOf, MEASURE_COLORS, MEASURES, measureLabel, monthlyRows, neverSeenRate } from '../drop-off-rules';
import { useDropOff } from '../hooks/use-drop-off';

/** Drop-off analysis (seed 003): first contacts, people never seen again, ruptures, exits without solution. */
export function DropOffPage() {
  const { filters, branches, analysis, loading, error, refetch } = useDropOff();
  const { from, setFrom, to, setTo, branchId, setBranchId, windowDays, setWindowDays, valid } = filters;

  return (
    <Stack gap="md">
      <PageHeader
        title="Analyse du décrochage"
        description="Premiers contacts, personnes pas revenues après un premier contact, ruptures de parcours et sorties sans solution, par mois, antenne et profil."
      />
      <Group gap="sm" align="flex-end">
        <DayInput label="Du" value={from} onChange={setFrom} w={170} />
        <DayInput label="Au" value={to} onChange={setTo} w={170} />
        <Select
          label="Antenne"
          placeholder="Toutes les antennes"
          clearable
          data={branches.map((b) => ({ value: b.id, label: b.name }))}
          value={branchId}
          onChange={setBranchId}
          w={240}
        />
        <NumberInput
          label="Pas revenu après (jours)"
          min={7}
          max={365}
          value={windowDays}
          onChange={(value) => setWindowDays(typeof value === 'number' ? value : Number(value) || 0)}
          w={190}
        />
      </Group>
      {error && !analysis ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !analysis ? (
        <Skeleton height={320} visible={loading || !valid} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Du {formatShortDay(analysis.from)} au {formatShortDay(analysis.to)} · une personne compte comme pas revenue
            sans autre contact {analysis.windowDays} jours après son premier contact (situation au{' '}
            {formatShortDay(analysis.asOf)}).
          </Text>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            {MEASURES.map((measure) => (
              <Paper withBorder p="md" key={measure} component="section" aria-label={measureLabel(measure)}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {measureLabel(measure)}
                </Text>
                <Text fz={28} fw={700}>
                  {formatNumber(countOf(analysis.totals, measure))}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          {neverSeenRate(analysis.totals) !== null && (
            <Text size="sm">
              Part des premiers contacts pas revenus :{' '}
              <strong>{formatRate(neverSeenRate(analysis.totals) ?? 0)}</strong>
            </Text>
          )}
          <Card withBorder component="section" aria-label="Évolution mois par mois">
            <Title order={2} size="h5" mb="sm">
              Mois par mois
            </Title>
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
          </Card>
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
