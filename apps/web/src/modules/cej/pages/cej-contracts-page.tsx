import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { Permission } from '@passerelle/domain';
import { Link, useSearchParams } from 'react-router';
import type { CejContractRowFieldsFragment } from '../../../generated/graphql';
import { formatShortDay, plural } from '../../../lib/format';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useMe, useSession } from '../../auth';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { participantName, ReferentSelect } from '../../participants';
import {
  attentionReasonLabel,
  cejFiltersToParams,
  CONTRACT_STATUSES,
  contractStatusLabel,
  formatHours,
  parseCejFilters,
  toContractFilter,
  type CejListFilters,
} from '../cej-rules';
import { CompanyDaysGauge, ContractStatusBadge } from '../components/cej-badges';
import { CohortSelect } from '../components/cohort-select';
import { CEJ_ATTENTION_QUERY, CEJ_BRANCHES_QUERY, CEJ_CONTRACTS_QUERY } from '../graphql/cej';

interface Row {
  contract: CejContractRowFieldsFragment;
  reasons?: string[];
  week?: { plannedHours: number; doneHours: number };
}

/** CEJ contracts of the structure, filtered in the address; or those needing attention, most urgent first. */
export function CejContractsPage() {
  const me = useMe();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = parseCejFilters(params);
  const structureId = me.currentStructure?.id;
  const pages = useCursorPages(`${structureId}|${params.toString()}`);
  const coordinator = can(Permission.CEJ_COORDINATE);

  const listQuery = useQuery(CEJ_CONTRACTS_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, filter: toContractFilter(filters) },
    skip: !structureId || filters.attention,
  });
  const attentionQuery = useQuery(CEJ_ATTENTION_QUERY, {
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      allCounsellors: coordinator && !filters.counsellorUserId,
      counsellorUserId: filters.counsellorUserId || null,
    },
    skip: !structureId || !filters.attention,
  });
  const branchesQuery = useQuery(CEJ_BRANCHES_QUERY, { variables: { id: structureId ?? '' }, skip: !structureId });
  const branches = branchesQuery.data?.structure.branches ?? [];

  const active = filters.attention ? attentionQuery : listQuery;
  const list = (listQuery.data ?? listQuery.previousData)?.cejContracts;
  const attention = (attentionQuery.data ?? attentionQuery.previousData)?.cejContractsNeedingAttention;
  const connection = filters.attention ? attention : list;
  const rows: Row[] = filters.attention
    ? (attention?.edges.map(({ node }) => ({ contract: node.contract, reasons: node.reasons, week: node })) ?? [])
    : (list?.edges.map(({ node }) => ({ contract: node })) ?? []);

  function update<K extends keyof CejListFilters>(key: K, value: CejListFilters[K]) {
    setParams(cejFiltersToParams({ ...filters, [key]: value }), { replace: true });
  }

  return (
    <Stack gap="md">
      <PageHeader
        title="Contrats d’engagement jeune"
        description={connection ? plural(connection.totalCount, 'contrat') : 'Les contrats de la structure'}
        actions={
          can(Permission.CEJ_WRITE) && (
            <Button component={Link} to="/cej/nouveau">
              Nouveau contrat
            </Button>
          )
        }
      />
      <Group align="flex-end" wrap="wrap">
        <ReferentSelect
          label="Conseiller·ère"
          value={filters.counsellorUserId}
          onChange={(value) => update('counsellorUserId', value)}
          w={{ base: '100%', sm: 240 }}
        />
        {!filters.attention && (
          <>
            <Select
              label="Antenne"
              data={[
                { value: '', label: 'Toutes les antennes' },
                ...branches.map((b) => ({ value: b.id, label: b.name })),
              ]}
              value={filters.branchId}
              onChange={(value) => update('branchId', value ?? '')}
              allowDeselect={false}
              w={{ base: '100%', sm: 220 }}
            />
            <CohortSelect
              label="Promo"
              value={filters.cohortId}
              onChange={(value) => update('cohortId', value)}
              w={{ base: '100%', sm: 240 }}
            />
            <Select
              label="État"
              data={[
                { value: '', label: 'Tous les états' },
                ...CONTRACT_STATUSES.map((s) => ({ value: s, label: contractStatusLabel(s) })),
              ]}
              value={filters.status}
              onChange={(value) => update('status', (value ?? '') as CejListFilters['status'])}
              allowDeselect={false}
              w={{ base: '100%', sm: 200 }}
            />
          </>
        )}
        <Switch
          label="À surveiller seulement"
          checked={filters.attention}
          onChange={(event) => update('attention', event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      {filters.cohortId && !filters.attention && (
        <Group gap="xs">
          <Anchor component={Link} to={`/cej/promos/${filters.cohortId}`} size="sm">
            Voir la page de la promo
          </Anchor>
        </Group>
      )}
      {active.error && !connection && <QueryError error={active.error} onRetry={() => void active.refetch()} />}
      <RecordsTable
        highlightOnHover
        fetching={active.loading}
        emptyHeight={180}
        noRecordsText={filters.attention ? 'Aucun contrat ne demande d’attention' : 'Aucun contrat ne correspond'}
        records={rows}
        idAccessor={(row) => row.contract.id}
        pagination={{ pages, connection, loading: active.loading }}
        columns={[
          {
            accessor: 'participant',
            title: 'Jeune',
            render: ({ contract }) => (
              <Stack gap={0}>
                <Anchor component={Link} to={`/cej/${contract.id}`} fw={500} size="sm">
                  {participantName(contract.participant)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {contract.branch?.name ?? 'Sans antenne'}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'status',
            title: 'État',
            render: ({ contract }) => <ContractStatusBadge status={contract.status} />,
          },
          {
            accessor: 'dates',
            title: 'Période',
            render: ({ contract }) => (
              <Text size="sm">
                {formatShortDay(contract.startOn)} → {formatShortDay(contract.lastDayOn)}
              </Text>
            ),
          },
          { accessor: 'counsellor', title: 'Conseiller·ère', render: ({ contract }) => contract.counsellor.fullName },
          {
            accessor: 'cohort',
            title: 'Promo',
            render: ({ contract }) =>
              contract.cohort ? (
                <Anchor component={Link} to={`/cej/promos/${contract.cohort.id}`} size="sm">
                  {contract.cohort.name}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              ),
          },
          {
            accessor: 'companyDays',
            title: 'Jours en entreprise',
            render: ({ contract }) => <CompanyDaysGauge days={contract.companyDays} />,
          },
          ...(filters.attention
            ? [
                {
                  accessor: 'reasons',
                  title: 'À surveiller',
                  render: ({ reasons, week }: Row) => (
                    <Stack gap={4}>
                      {reasons?.map((reason) => (
                        <Badge
                          key={reason}
                          color={reason === 'BREACH_DECISION_PENDING' ? 'red' : 'orange'}
                          variant="light"
                          style={{ whiteSpace: 'normal', height: 'auto' }}
                        >
                          {attentionReasonLabel(reason)}
                        </Badge>
                      ))}
                      {week && (
                        <Text size="xs" c="dimmed">
                          Semaine écoulée : {formatHours(week.doneHours)} réalisées sur {formatHours(week.plannedHours)}{' '}
                          prévues
                        </Text>
                      )}
                    </Stack>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Stack>
  );
}
