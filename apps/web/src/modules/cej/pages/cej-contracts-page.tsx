import { Anchor, Badge, Button, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatShortDay, plural } from '../../../lib/format';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { participantName, ReferentSelect } from '../../participants';
import {
  attentionReasonLabel,
  CONTRACT_STATUSES,
  contractStatusLabel,
  formatHours,
  type CejListFilters,
} from '../cej-rules';
import { CompanyDaysGauge, ContractStatusBadge } from '../components/cej-badges';
import { CohortSelect } from '../components/cohort-select';
import { useCejContracts, type CejContractRow } from '../hooks/use-cej-contracts';

/** CEJ contracts of the structure, filtered in the address; or those needing attention, most urgent first. */
export function CejContractsPage() {
  const { filters, update, branches, active, connection, rows, pages, canWrite } = useCejContracts();

  return (
    <Stack gap="md">
      <PageHeader
        title="Contrats d’engagement jeune"
        description={connection ? plural(connection.totalCount, 'contrat') : 'Les contrats de la structure'}
        actions={
          canWrite && (
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
                  render: ({ reasons, week }: CejContractRow) => (
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
