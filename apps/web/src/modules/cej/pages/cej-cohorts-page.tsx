import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { Link, useParams } from 'react-router';
import { formatDay, formatShortDay, plural, todayInParis } from '../../../lib/format';
import { useMe } from '../../auth/hooks/session-context';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { participantName } from '../../participants/participant-rules';
import { CompanyDaysGauge, ContractStatusBadge } from '../components/cej-badges';
import { CEJ_CONTRACTS_QUERY } from '../graphql/cej';

/**
 * The cohorts ("promos") of the contracts running today. The API has no cohort list yet: they are gathered from
 * the first 100 running contracts.
 */
export function CejCohortsPage() {
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(CEJ_CONTRACTS_QUERY, {
    variables: { first: 100, filter: { runningOn: todayInParis() } },
    skip: !me.currentStructure,
  });
  const cohorts = new Map<string, { id: string; name: string; startsOn: string; endsOn: string; count: number }>();
  for (const { node } of data?.cejContracts.edges ?? []) {
    if (!node.cohort) continue;
    const entry = cohorts.get(node.cohort.id) ?? { ...node.cohort, count: 0 };
    entry.count += 1;
    cohorts.set(node.cohort.id, entry);
  }
  const rows = [...cohorts.values()].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return (
    <Stack gap="md">
      <PageHeader title="Promos" description="Le mois collectif intensif des contrats en cours" />
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <DataTable
        withTableBorder
        borderRadius="md"
        striped
        fetching={loading}
        records={rows}
        minHeight={rows.length === 0 ? 150 : undefined}
        noRecordsText="Aucune promo parmi les contrats en cours"
        columns={[
          {
            accessor: 'name',
            title: 'Promo',
            render: (c) => (
              <Anchor component={Link} to={`/cej/promos/${c.id}`} size="sm" fw={500}>
                {c.name}
              </Anchor>
            ),
          },
          { accessor: 'startsOn', title: 'Période', render: (c) => `${formatShortDay(c.startsOn)} → ${formatShortDay(c.endsOn)}` },
          { accessor: 'count', title: 'Jeunes en cours', textAlign: 'right' },
        ]}
      />
    </Stack>
  );
}

/** A cohort: its dates and the contracts attached to it. */
export function CejCohortPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CEJ_CONTRACTS_QUERY, { variables: { first: 100, filter: { cohortId: id } } });
  const contracts = data?.cejContracts.edges.map((e) => e.node) ?? [];
  const cohort = contracts[0]?.cohort;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton h={240} />;
  return (
    <Stack gap="md">
      <PageHeader title={cohort?.name ?? 'Promo'} description={cohort ? `Du ${formatDay(cohort.startsOn)} au ${formatDay(cohort.endsOn)} · ${plural(contracts.length, 'jeune')}` : undefined} />
      {!cohort && <Alert color="gray">Aucun contrat n’est rattaché à cette promo.</Alert>}
      {cohort && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              Contrats en cours
            </Text>
            <Text fw={700} size="xl">
              {contracts.filter((c) => c.status === 'ACTIVE').length}
            </Text>
          </Card>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              Suspendus ou terminés
            </Text>
            <Text fw={700} size="xl">
              {contracts.filter((c) => c.status === 'SUSPENDED' || c.status === 'ENDED').length}
            </Text>
          </Card>
          <Card withBorder>
            <Text size="sm" c="dimmed">
              Objectif de jours en entreprise atteint
            </Text>
            <Text fw={700} size="xl">
              {contracts.filter((c) => c.companyDays?.reached).length}
            </Text>
          </Card>
        </SimpleGrid>
      )}
      <DataTable
        withTableBorder
        borderRadius="md"
        striped
        records={contracts}
        minHeight={contracts.length === 0 ? 150 : undefined}
        noRecordsText="Aucun contrat"
        columns={[
          {
            accessor: 'participant',
            title: 'Jeune',
            render: (c) => (
              <Anchor component={Link} to={`/cej/${c.id}`} size="sm" fw={500}>
                {participantName(c.participant)}
              </Anchor>
            ),
          },
          { accessor: 'status', title: 'État', render: (c) => <ContractStatusBadge status={c.status} /> },
          { accessor: 'counsellor', title: 'Conseiller·ère', render: (c) => c.counsellor.fullName },
          { accessor: 'companyDays', title: 'Jours en entreprise', render: (c) => <CompanyDaysGauge days={c.companyDays} /> },
        ]}
      />
    </Stack>
  );
}
