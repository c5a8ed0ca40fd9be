import { Button, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { CejDigitalMonthlyTableFieldsFragment } from '../../../generated/graphql';
import { formatRate, formatShortDay, todayInParis } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { RecordsTable } from '../../common/components/records-table';
import { formatHours, formatMonth } from '../cej-rules';

/** The first days of the last `count` months, this one first. */
export function recentMonths(count = 12, today = todayInParis()): string[] {
  const [year, month] = today.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - i, 1));
    return date.toISOString().slice(0, 10);
  });
}

export function MonthSelect({ value, onChange }: { value: string; onChange(month: string): void }) {
  return (
    <Select
      label="Mois"
      w={220}
      allowDeselect={false}
      data={recentMonths().map((m) => ({ value: m, label: formatMonth(m) }))}
      value={value}
      onChange={(m) => m && onChange(m)}
    />
  );
}

/** The monthly table of the digital path (seed 004): the month's figures, then one line per young person. */
export function DigitalMonthlyTableView({
  table,
  onDownload,
}: {
  table: CejDigitalMonthlyTableFieldsFragment | null | undefined;
  onDownload(): Promise<void>;
}) {
  const s = table?.summary;
  return (
    <Stack gap="sm">
      {s && (
        <SimpleGrid cols={{ base: 2, sm: 4, lg: 6 }}>
          {(
            [
              ['Contrats en cours', s.runningContracts],
              [
                'Jeunes diagnostiqués',
                `${s.diagnosedContracts}${s.diagnosedRate === null ? '' : ` (${formatRate(s.diagnosedRate)})`}`,
              ],
              ['Diagnostics du mois', s.diagnosticsInMonth],
              ['Ateliers du mois', s.workshopsInMonth],
              ['Présences', `${s.attendancesInMonth} / ${s.enrolmentsInMonth} inscriptions`],
              ['Heures suivies', formatHours(s.attendedHoursInMonth)],
              ['Plans d’action', s.contractsWithPlan],
              ['Certifications du mois', s.certificationsInMonth],
            ] as const
          ).map(([label, value]) => (
            <Card key={label} withBorder padding="xs">
              <Text size="xs" c="dimmed">
                {label}
              </Text>
              <Text fw={600}>{value}</Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <Group justify="flex-end">
        <Button variant="light" onClick={() => onDownload().catch(notifyError)}>
          Exporter le tableau (XLSX)
        </Button>
      </Group>
      <RecordsTable
        aria-label="Tableau mensuel du parcours numérique"
        records={table?.rows ?? []}
        idAccessor="contractId"
        noRecordsText="Aucun jeune dont le contrat court ce mois-ci"
        columns={[
          { accessor: 'lastName', title: 'Jeune', render: (r) => `${r.lastName} ${r.firstName}` },
          { accessor: 'branchName', title: 'Antenne', render: (r) => r.branchName ?? '—' },
          {
            accessor: 'lastPixOn',
            title: 'Dernier diagnostic Pix',
            render: (r) => (r.lastPixOn ? `${formatShortDay(r.lastPixOn)} · ${r.lastPixTotal} pix` : '—'),
          },
          {
            accessor: 'planItems',
            title: 'Objectifs (atteints)',
            render: (r) => `${r.planItems} (${r.planItemsAchieved})`,
          },
          {
            accessor: 'attendancesInMonth',
            title: 'Présences / inscriptions',
            render: (r) => `${r.attendancesInMonth} / ${r.enrolmentsInMonth}`,
          },
          {
            accessor: 'attendedHoursInMonth',
            title: 'Heures suivies',
            render: (r) => formatHours(r.attendedHoursInMonth),
          },
          { accessor: 'certificationsInMonth', title: 'Certifications' },
        ]}
      />
    </Stack>
  );
}
