import { Badge, Button, Card, Group, RingProgress, Stack, Text, Title } from '@mantine/core';
import type { IndicatorStatusFieldsFragment } from '../../../generated/graphql';
import { formatRate, formatShortDay } from '../../../lib/format';
import {
  formatAmount,
  formatIndicatorValue,
  gaugePercent,
  indicatorTrend,
  isLowerBetter,
  measureLabel,
  RULE_LABELS,
} from '../indicator-rules';

/** One payment indicator as a gauge: value against target, achievement rate, amount payable, projection. */
export function IndicatorGauge({
  status,
  selected,
  onDrillDown,
}: {
  status: IndicatorStatusFieldsFragment;
  selected: boolean;
  onDrillDown(): void;
}) {
  const { indicator } = status;
  const trend = indicatorTrend(indicator.measure, status.achievementRate, status.projectedValue, status.target);
  const color = trend.color;
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-label={`Indicateur ${indicator.label}`}
      style={selected ? { borderColor: 'var(--mantine-color-blue-6)' } : undefined}
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {indicator.label}
        </Title>
        <Text size="xs" c="dimmed">
          {measureLabel(indicator.measure, indicator.hourKind, indicator.exitReason)} · du{' '}
          {formatShortDay(indicator.periodStart)} au {formatShortDay(indicator.periodEnd)}
        </Text>
        <Group wrap="nowrap" align="center">
          <RingProgress
            size={120}
            thickness={12}
            roundCaps
            sections={[{ value: gaugePercent(status.achievementRate), color }]}
            label={
              <Text ta="center" fw={700} size="lg" aria-label="Taux de réalisation">
                {formatRate(status.achievementRate)}
              </Text>
            }
          />
          <Stack gap={2}>
            <Text size="sm">
              Réalisé : <strong>{formatIndicatorValue(status.value, indicator.measure)}</strong>{' '}
              {isLowerBetter(indicator.measure) ? 'pour' : 'sur'}{' '}
              {formatIndicatorValue(status.target, indicator.measure)}
              {isLowerBetter(indicator.measure) ? ' au plus' : ''}
            </Text>
            <Text size="sm">
              Montant payable : <strong>{formatAmount(status.amountPayable)}</strong>
            </Text>
            <Text size="sm">
              Projection en fin de période :{' '}
              <strong>{formatIndicatorValue(status.projectedValue, indicator.measure)}</strong>
            </Text>
            <Text size="xs" c="dimmed">
              {status.provenUnits} unité{status.provenUnits > 1 ? 's' : ''} prouvée{status.provenUnits > 1 ? 's' : ''}
              {status.unprovenUnits > 0
                ? ` · ${status.unprovenUnits} sans preuve, non comptée${status.unprovenUnits > 1 ? 's' : ''}`
                : ''}
            </Text>
            <Badge variant="light" color={color} w="fit-content">
              {trend.label}
            </Badge>
          </Stack>
        </Group>
        <Text size="xs" c="dimmed">
          Règle : {RULE_LABELS[indicator.rule] ?? indicator.rule}
          {indicator.params.unitPrice ? ` (${formatAmount(indicator.params.unitPrice)} l’unité)` : ''}
          {indicator.params.thresholds?.length
            ? ` (${indicator.params.thresholds.map((t) => `${formatRate(t.rate)} → ${formatRate(t.share)}`).join(', ')})`
            : ''}
          {indicator.params.priceShare != null && indicator.params.priceShare < 1
            ? ` · régit ${formatRate(indicator.params.priceShare)} du prix du lot`
            : ''}
        </Text>
        <Button variant={selected ? 'filled' : 'light'} size="xs" onClick={onDrillDown} w="fit-content">
          Voir les unités comptées
        </Button>
      </Stack>
    </Card>
  );
}
