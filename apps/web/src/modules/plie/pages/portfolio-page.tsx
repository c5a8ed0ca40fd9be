import { Anchor, Badge, Group, Select, Stack, Text } from '@mantine/core';
import { DEFAULT_NO_CONTACT_WEEKS, Permission, PortfolioAlert } from '@passerelle/domain';
import { Link } from 'react-router';
import { formatShortDay, plural } from '../../../lib/format';
import { useSession } from '../../auth';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { participantName } from '../../participants';
import { PathStatusBadge } from '../components/path-status-badge';
import {
  NO_CONTACT_WEEK_CHOICES,
  PORTFOLIO_ALERT_COLORS,
  portfolioAlertLabel,
  sinceLabel,
  stepEndingSoon,
} from '../portfolio-rules';
import { usePortfolio } from '../hooks/use-portfolio';

/** The référent's active file, most urgent first (the API orders it): exit sheet owed, no contact, step ending… */
export function PortfolioPage() {
  const { setParams, weeks, today, urgent, list } = usePortfolio();
  const { can } = useSession();
  // The operator's référents open the participant's file; a provider's référent reaches the path only.
  const fileOf = (path: { id: string; participant: { id: string } }) =>
    can(Permission.PARTICIPANTS_WRITE) ? `/participants/${path.participant.id}` : `/parcours/${path.id}`;

  return (
    <Stack gap="md">
      <PageHeader
        title="Mon portefeuille"
        description={
          list.connection
            ? `${plural(list.connection.totalCount, 'parcours suivi', 'parcours suivis')} · les plus urgents d’abord${urgent > 0 ? ` · ${plural(urgent, 'à traiter', 'à traiter')} sur cette page` : ''}`
            : 'Vos parcours, les plus urgents d’abord'
        }
      />
      <Group align="flex-end">
        <Select
          label="Signaler l’absence de contact au-delà de"
          data={NO_CONTACT_WEEK_CHOICES.map((n) => ({ value: String(n), label: `${n} semaines` }))}
          value={String(weeks)}
          onChange={(value) =>
            setParams(value && Number(value) !== DEFAULT_NO_CONTACT_WEEKS ? { semaines: value } : {}, { replace: true })
          }
          allowDeselect={false}
          w={{ base: '100%', sm: 380 }}
        />
      </Group>
      {list.error && !list.connection && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <RecordsTable
        highlightOnHover
        fetching={list.loading}
        emptyHeight={180}
        noRecordsText="Aucun parcours dans votre portefeuille"
        records={list.records}
        idAccessor={(entry) => entry.path.id}
        pagination={list}
        columns={[
          {
            accessor: 'participant',
            title: 'Participant',
            render: ({ path }) => (
              <Stack gap={0}>
                <Anchor component={Link} to={fileOf(path)} fw={500} size="sm">
                  {participantName(path.participant)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {path.participant.branch?.name ?? 'Sans antenne'}
                </Text>
              </Stack>
            ),
          },
          { accessor: 'status', title: 'Parcours', render: ({ path }) => <PathStatusBadge status={path.status} /> },
          {
            accessor: 'alerts',
            title: 'À faire',
            render: ({ alerts, path }) => {
              if (alerts.length === 0)
                return (
                  <Text size="sm" c="dimmed">
                    Rien d’urgent
                  </Text>
                );
              const ending = alerts.includes(PortfolioAlert.STEP_ENDING_SOON)
                ? stepEndingSoon(path.steps, today)
                : null;
              return (
                <Stack gap={4}>
                  <Group gap={4}>
                    {alerts.map((alert) => (
                      <Badge key={alert} color={PORTFOLIO_ALERT_COLORS[alert]} variant="light">
                        {portfolioAlertLabel(alert, weeks)}
                      </Badge>
                    ))}
                  </Group>
                  {ending && (
                    <Text size="xs" c="dimmed">
                      « {ending.title} » se termine le {formatShortDay(ending.endsOn)}
                    </Text>
                  )}
                </Stack>
              );
            },
          },
          {
            accessor: 'lastContactOn',
            title: 'Dernier contact',
            render: ({ lastContactOn }) => (
              <Stack gap={0}>
                <Text size="sm">{formatShortDay(lastContactOn, 'Aucun')}</Text>
                <Text size="xs" c="dimmed">
                  {sinceLabel(lastContactOn, today)}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'urgency',
            title: 'Urgence',
            textAlign: 'right',
            render: ({ urgency }) => (urgency > 0 ? urgency : '—'),
          },
        ]}
      />
    </Stack>
  );
}
