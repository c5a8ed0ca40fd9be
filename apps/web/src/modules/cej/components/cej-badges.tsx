import { Badge, Progress, Stack, Text } from '@mantine/core';
import { companyDaysGauge, CONTRACT_STATUS_COLORS, contractStatusLabel } from '../cej-rules';

export function ContractStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={CONTRACT_STATUS_COLORS[status] ?? 'gray'} variant="light">
      {contractStatusLabel(status)}
    </Badge>
  );
}

/** Company days against the 40-day target of the first six months. */
export function CompanyDaysGauge({
  days,
  size = 'sm',
}: {
  days: Parameters<typeof companyDaysGauge>[0];
  size?: 'sm' | 'lg';
}) {
  const gauge = companyDaysGauge(days);
  if (!gauge)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={4} miw={size === 'lg' ? 240 : 110}>
      <Text size={size === 'lg' ? 'md' : 'xs'} fw={size === 'lg' ? 600 : undefined}>
        {gauge.label}
      </Text>
      <Progress
        value={gauge.value}
        color={gauge.color}
        size={size === 'lg' ? 'xl' : 'sm'}
        aria-label={`Jours en entreprise : ${gauge.label}`}
      />
    </Stack>
  );
}
