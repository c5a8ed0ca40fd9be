import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { CEJ_COHORT_PERIOD_LABELS, COHORT_WORKSHOP_DAYS_MAX, COHORT_WORKSHOP_DAYS_MIN } from '@passerelle/domain';
import { Link, useParams } from 'react-router';
import { formatDay, formatShortDay, plural } from '../../../lib/format';
import { PageHeader } from '../../common/components/page-header';
import { RecordsTable } from '../../common/components/records-table';
import { participantName } from '../../participants';
import { formatHours } from '../cej-rules';
import { CompanyDaysGauge, ContractStatusBadge } from '../components/cej-badges';
import { CohortFormModal, CohortMembersModal, CohortSessionModal } from '../components/cohort-modals';
import { useCejCohort } from '../hooks/use-cej-cohort';
import { PERIOD_COLORS } from './cej-cohorts-page';
import { QueryPending } from '../../common/components/query-pending';

/** A promo: its dates, counsellor, workshop days by providers, and its members with their contracts' state. */
export function CejCohortPage() {
  const { id = '' } = useParams();
  const { cohort, loading, error, refetch, canWrite, dialog, setDialog, removeMember } = useCejCohort(id);
  if (!cohort) return <QueryPending error={error} loading={loading} onRetry={() => void refetch()} h={240} />;
  const members = cohort.members;
  return (
    <Stack gap="md">
      <PageHeader
        title={cohort.name}
        description={
          <Group gap="xs" component="span">
            <Badge color={PERIOD_COLORS[cohort.period]} variant="light">
              {CEJ_COHORT_PERIOD_LABELS[cohort.period as keyof typeof CEJ_COHORT_PERIOD_LABELS]}
            </Badge>
            <Text span size="sm">
              Du {formatDay(cohort.startsOn)} au {formatDay(cohort.endsOn)} · {plural(members.length, 'jeune')}
            </Text>
          </Group>
        }
        actions={
          canWrite && (
            <>
              <Button variant="default" onClick={() => setDialog('edit')}>
                Modifier
              </Button>
              <Button variant="default" onClick={() => setDialog('session')}>
                Ajouter une journée d’atelier
              </Button>
              <Button onClick={() => setDialog('members')}>Ajouter des membres</Button>
            </>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Conseiller·ère
          </Text>
          <Text fw={600}>{cohort.counsellor.fullName}</Text>
          <Text size="xs" c="dimmed">
            {cohort.branch?.name ?? 'Sans antenne'}
            {cohort.location ? ` · ${cohort.location}` : ''}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Jours d’ateliers (attendu : {COHORT_WORKSHOP_DAYS_MIN} à {COHORT_WORKSHOP_DAYS_MAX})
          </Text>
          <Text fw={700} size="xl" c={cohort.workshopDaysTargetMet ? undefined : 'orange.7'}>
            {cohort.workshopDays}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Contrats en cours
          </Text>
          <Text fw={700} size="xl">
            {members.filter((c) => c.status === 'ACTIVE').length}
          </Text>
        </Card>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Suspendus ou terminés
          </Text>
          <Text fw={700} size="xl">
            {members.filter((c) => c.status === 'SUSPENDED' || c.status === 'ENDED').length}
          </Text>
        </Card>
      </SimpleGrid>
      <Title order={2} size="h4">
        Journées d’ateliers
      </Title>
      {cohort.sessions.length === 0 ? (
        <Text c="dimmed" size="sm">
          Aucune journée programmée.
        </Text>
      ) : (
        <Table withTableBorder striped aria-label="Journées d’ateliers de la promo">
          <Table.Tbody>
            {cohort.sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{formatShortDay(s.date)}</Table.Td>
                <Table.Td>{s.title}</Table.Td>
                <Table.Td>{s.provider ?? '—'}</Table.Td>
                <Table.Td ta="right">{formatHours(s.hours)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={2} size="h4">
        Membres
      </Title>
      <RecordsTable
        records={members}
        noRecordsText="Aucun membre"
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
          { accessor: 'status', title: 'État du contrat', render: (c) => <ContractStatusBadge status={c.status} /> },
          {
            accessor: 'dates',
            title: 'Contrat',
            render: (c) => `${formatShortDay(c.startOn)} → ${formatShortDay(c.lastDayOn)}`,
          },
          { accessor: 'counsellor', title: 'Conseiller·ère', render: (c) => c.counsellor.fullName },
          {
            accessor: 'companyDays',
            title: 'Jours en entreprise',
            render: (c) => <CompanyDaysGauge days={c.companyDays} />,
          },
          ...(canWrite
            ? [
                {
                  accessor: 'remove',
                  title: <VisuallyHidden>Actions</VisuallyHidden>,
                  render: (c: (typeof members)[number]) => (
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => void removeMember(c.id)}>
                      Retirer
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Anchor component={Link} to={`/cej?promo=${cohort.id}`} size="sm">
        Voir ces contrats dans la liste des contrats
      </Anchor>
      {dialog === 'edit' && <CohortFormModal cohort={cohort} onClose={() => setDialog(null)} />}
      {dialog === 'session' && <CohortSessionModal cohort={cohort} onClose={() => setDialog(null)} />}
      {dialog === 'members' && <CohortMembersModal cohort={cohort} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
