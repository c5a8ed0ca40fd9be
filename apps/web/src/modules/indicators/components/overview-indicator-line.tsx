import { Group, Progress, Stack, Text } from '@mantine/core';
import type { IndicatorStatusFieldsFragment } from '../../../generated/graphql';
import { formatAmount, formatIndicatorValue, gaugePercent, indicatorTrend } from '../indicator-rules';
import { formatRate } from '../../../lib/format';

/** One indicator of a lot in the overview: a bar for the rate, value against target, projection, amount. */
export function OverviewIndicatorLine({ status }: { status: IndicatorStatusFieldsFragment }) {
  const { indicator } = status;
  const { color } = indicatorTrend(indicator.measure, status.achievementRate, status.projectedValue, status.target);
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" fw={500} lineClamp={1} title={indicator.label}>
          {indicator.label}
        </Text>
        <Text size="xs" fw={700} c={`${color}.8`}>
          {formatRate(status.achievementRate)}
        </Text>
      </Group>
      <Progress
        value={gaugePercent(status.achievementRate)}
        color={color}
        size="sm"
        aria-label={`${indicator.label} : ${formatRate(status.achievementRate)}`}
      />
      <Text size="xs" c="dimmed">
        {formatIndicatorValue(status.value, indicator.measure)} /{' '}
        {formatIndicatorValue(status.target, indicator.measure)} · projection{' '}
        {formatIndicatorValue(status.projectedValue, indicator.measure)} · {formatAmount(status.amountPayable)}
        {status.unprovenUnits > 0 ? ` · ${status.unprovenUnits} sans preuve` : ''}
      </Text>
    </Stack>
  );
}
