import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatNumber } from '../../../lib/format';
import { countOf } from '../drop-off-rules';

/** One card a measure: its label over its total on the period. */
export function MeasureCards({
  measures,
  labelOf,
  totals,
}: {
  measures: readonly string[];
  labelOf(measure: string): string;
  totals: readonly { measure: string; count: number }[];
}) {
  return (
    <SimpleGrid cols={{ base: 2, md: measures.length }}>
      {measures.map((measure) => (
        <Paper withBorder p="md" key={measure} component="section" aria-label={labelOf(measure)}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {labelOf(measure)}
          </Text>
          <Text fz={28} fw={700}>
            {formatNumber(countOf(totals, measure))}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
