import { Anchor, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { CEJ_COHORT_PERIOD_LABELS, Permission } from '@passerelle/domain';
import { Link } from 'react-router';
import { formatShortDay, plural } from '../../../lib/format';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { ReferentSelect } from '../../participants';
import { options } from '../cej-rules';
import { CohortFormModal } from '../components/cohort-modals';
import { useCejCohorts } from '../hooks/use-cej-cohorts';

export const PERIOD_COLORS: Record<string, string> = { UPCOMING: 'blue', RUNNING: 'teal', PAST: 'gray' };

/** The promos of the structure, several running at once: filtered by counsellor, branch and period, a page at a time. */
export function CejCohortsPage() {
  const { can, filters, pages, creating, setCreating, loading, error, refetch, connection, rows, update, branches } =
    useCejCohorts();

  return (
    <Stack gap="md">
      <PageHeader
        title="Promos"
        description={connection ? plural(connection.totalCount, 'promo') : 'Le mois collectif intensif'}
        actions={can(Permission.CEJ_WRITE) && <Button onClick={() => setCreating(true)}>Nouvelle promo</Button>}
      />
      <Group align="flex-end" wrap="wrap">
        <ReferentSelect
          label="Conseiller·ère"
          value={filters.counsellorUserId}
          onChange={(value) => update('conseiller', value)}
          clearable
          w={{ base: '100%', sm: 240 }}
        />
        <Select
          label="Antenne"
          data={[{ value: '', label: 'Toutes les antennes' }, ...branches.map((b) => ({ value: b.id, label: b.name }))]}
          value={filters.branchId}
          onChange={(value) => update('antenne', value ?? '')}
          allowDeselect={false}
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          label="Période"
          data={[{ value: '', label: 'Toutes' }, ...options(CEJ_COHORT_PERIOD_LABELS)]}
          value={filters.period}
          onChange={(value) => update('periode', value ?? '')}
          allowDeselect={false}
          w={{ base: '100%', sm: 180 }}
        />
      </Group>
      {error && !connection && <QueryError error={error} onRetry={() => void refetch()} />}
      <RecordsTable
        fetching={loading}
        records={rows}
        noRecordsText="Aucune promo ne correspond"
        pagination={{ pages, connection, loading }}
        columns={[
          {
            accessor: 'name',
            title: 'Promo',
            render: (c) => (
              <Stack gap={0}>
                <Anchor component={Link} to={`/cej/promos/${c.id}`} size="sm" fw={500}>
                  {c.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {c.branch?.name ?? 'Sans antenne'}
                  {c.location ? ` · ${c.location}` : ''}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'startsOn',
            title: 'Dates',
            render: (c) => `${formatShortDay(c.startsOn)} → ${formatShortDay(c.endsOn)}`,
          },
          {
            accessor: 'period',
            title: 'Période',
            render: (c) => (
              <Badge color={PERIOD_COLORS[c.period]} variant="light">
                {CEJ_COHORT_PERIOD_LABELS[c.period as keyof typeof CEJ_COHORT_PERIOD_LABELS]}
              </Badge>
            ),
          },
          { accessor: 'counsellor', title: 'Conseiller·ère', render: (c) => c.counsellor.fullName },
          {
            accessor: 'workshopDays',
            title: 'Jours d’ateliers',
            textAlign: 'right',
            render: (c) => (
              <Text size="sm" c={c.workshopDaysTargetMet ? undefined : 'orange.7'}>
                {c.workshopDays}
              </Text>
            ),
          },
          { accessor: 'memberCount', title: 'Jeunes', textAlign: 'right' },
        ]}
      />
      {creating && <CohortFormModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
