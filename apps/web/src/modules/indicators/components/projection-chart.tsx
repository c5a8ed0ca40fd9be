import { useQuery } from '@apollo/client/react';
import { LineChart } from '@mantine/charts';
import { Card, Text, Title } from '@mantine/core';
import type { IndicatorStatusFieldsFragment } from '../../../generated/graphql';
import { formatShortDay } from '../../../lib/format';
import { INDICATOR_HISTORY_QUERY } from '../graphql/indicators';
import { formatIndicatorValue, historyDays, isCumulative, projectionSeries, withHistory } from '../indicator-rules';

/** The value reached at every month end (one API query), then to the end of the period at the current pace, against the target. */
export function ProjectionChart({ status }: { status: IndicatorStatusFieldsFragment }) {
  const { indicator } = status;
  const dates = historyDays(indicator.periodStart, indicator.periodEnd, status.asOf);
  const { data: history } = useQuery(INDICATOR_HISTORY_QUERY, {
    variables: { indicatorId: indicator.id, dates },
    skip: dates.length === 0,
  });
  const projection = projectionSeries(
    indicator.periodStart,
    indicator.periodEnd,
    status.asOf,
    status.value,
    status.target,
    6,
    isCumulative(indicator.measure),
  );
  const data = withHistory(projection, history?.indicatorHistory ?? []).map((point) => ({
    ...point,
    day: formatShortDay(point.day),
  }));
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb={4}>
        Projection · {indicator.label}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {isCumulative(indicator.measure)
          ? `Au rythme constaté au ${formatShortDay(status.asOf)}, `
          : `Valeur au ${formatShortDay(status.asOf)}, gardée telle quelle : `}
        {formatIndicatorValue(status.projectedValue, indicator.measure)} en fin de période pour une cible de{' '}
        {formatIndicatorValue(status.target, indicator.measure)}.
      </Text>
      <LineChart
        h={240}
        data={data}
        dataKey="day"
        connectNulls
        withLegend
        valueFormatter={(value) => formatIndicatorValue(value, indicator.measure)}
        series={[
          { name: 'realise', label: 'Réalisé', color: 'blue.6' },
          { name: 'projection', label: 'Projection', color: 'orange.6', strokeDasharray: '5 5' },
          { name: 'cible', label: 'Cible', color: 'teal.6', strokeDasharray: '2 4' },
        ]}
      />
    </Card>
  );
}
