import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { formatNumber, formatRate } from '../../../lib/format';
import { countOf, groupRows, MEASURE_COLORS, MEASURES, measureLabel, neverSeenRate } from '../drop-off-rules';
import { FigureCard } from './figure-card';

type Group = { key: string; label: string; counts: readonly { measure: string; count: number }[] };

/** The four measures for each group of a breakdown (branch, age band, sex): a bar chart and its table. */
export function DropOffGroupChart({ title, groups }: { title: string; groups: readonly Group[] }) {
  return (
    <FigureCard title={title}>
      {groups.length > 0 && (
        <BarChart
          h={220}
          data={groupRows(groups)}
          dataKey="group"
          withLegend
          series={MEASURES.map((measure) => ({
            name: measure,
            label: measureLabel(measure),
            color: MEASURE_COLORS[measure],
          }))}
        />
      )}
      <Table striped mt="sm" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {MEASURES.map((measure) => (
              <Table.Th key={measure} ta="right">
                {measureLabel(measure)}
              </Table.Th>
            ))}
            <Table.Th ta="right">Part pas revenue</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={MEASURES.length + 2}>Aucune donnée sur la période.</Table.Td>
            </Table.Tr>
          ) : (
            groups.map((group) => {
              const rate = neverSeenRate(group.counts);
              return (
                <Table.Tr key={group.key}>
                  <Table.Th fw={500}>{group.label}</Table.Th>
                  {MEASURES.map((measure) => (
                    <Table.Td key={measure} ta="right">
                      {formatNumber(countOf(group.counts, measure))}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">{rate === null ? '—' : formatRate(rate)}</Table.Td>
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </FigureCard>
  );
}
