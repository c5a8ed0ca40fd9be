import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { CEJ_MONTHLY_RETURN_STATUS_LABELS } from '@passerelle/domain';
import type { CejMonthlyReturnFieldsFragment } from '../../../generated/graphql';
import { formatDateTime, formatRate } from '../../../lib/format';
import { QueryError } from '../../common/components/query-error';
import { formatHours, formatMonth } from '../cej-rules';
import { CEJ_CONTRACT_MONTHLY_RETURNS_QUERY } from '../graphql/cej-provider';

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

/** A written part of the return (progress, difficulties), kept as typed. */
function Paragraph({ label, text }: { label: string; text: string | null | undefined }) {
  return (
    <div>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text || '—'}
      </Text>
    </div>
  );
}

/** A monthly return: the month's figures, computed from what was recorded, and the provider's appreciation. */
export function MonthlyReturnCard({
  row,
  showProvider = true,
}: {
  row: CejMonthlyReturnFieldsFragment;
  showProvider?: boolean;
}) {
  const f = row.figures;
  return (
    <Card withBorder padding="sm" aria-label={`Retour mensuel de ${formatMonth(row.month)}`} component="section">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h5">
            Retour de {formatMonth(row.month)}
          </Title>
          <Badge color={row.status === 'SUBMITTED' ? 'teal' : 'gray'} variant="light">
            {CEJ_MONTHLY_RETURN_STATUS_LABELS[row.status]}
            {row.submittedAt ? ` le ${formatDateTime(row.submittedAt)}` : ''}
          </Badge>
        </Group>
        {showProvider && (
          <Text size="sm" c="dimmed">
            {row.providerName} · {row.lotTitle}
          </Text>
        )}
        <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }}>
          <Figure label="Heures suivies" value={`${formatHours(f.doneHours)} / ${formatHours(f.plannedHours)}`} />
          <Figure label="Ateliers" value={f.workshops} />
          <Figure label="Présences" value={f.attended} />
          <Figure label="Absences justifiées" value={f.excusedAbsences} />
          <Figure label="Absences non justifiées" value={f.unexcusedAbsences} />
          <Figure label="Taux de présence" value={f.attendanceRate === null ? '—' : formatRate(f.attendanceRate)} />
          <Figure label="Diagnostics Pix · certifications" value={`${f.pixDiagnostics} · ${f.certifications}`} />
        </SimpleGrid>
        <Paragraph label="Progrès" text={row.progress} />
        <Paragraph label="Difficultés" text={row.difficulties} />
      </Stack>
    </Card>
  );
}

/** The counsellor's view on the contract page: the returns the providers submitted, most recent first. */
export function MonthlyReturnsPanel({ contractId }: { contractId: string }) {
  const { data, loading, error, refetch } = useQuery(CEJ_CONTRACT_MONTHLY_RETURNS_QUERY, {
    variables: { id: contractId },
  });
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton h={160} />;
  const rows = data?.cejContract.monthlyReturns ?? [];
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Le retour quantitatif et qualitatif que chaque prestataire transmet chaque mois pour ce ou cette jeune.
      </Text>
      {rows.length === 0 ? (
        <Text c="dimmed">Aucun retour mensuel transmis par un prestataire.</Text>
      ) : (
        rows.map((row) => <MonthlyReturnCard key={row.id} row={row} />)
      )}
    </Stack>
  );
}
