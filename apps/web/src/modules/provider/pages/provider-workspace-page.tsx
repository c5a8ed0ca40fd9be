import { useSession } from '../../auth';
import { Permission } from '@passerelle/domain';
import { Anchor, Button, Card, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatShortDay } from '../../../lib/format';
import { CreateSessionModal, OrientationsTable, SessionsTable } from '../../activities';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { ProviderBids } from '../components/provider-bids';
import { ProviderCej } from '../../cej';
import { TimeEntries } from '../components/time-entries';
import { useProviderWorkspace } from '../hooks/use-provider-workspace';

/** The provider's workspace: orientations to answer, sheets due or late, people in the action, sessions, staff time. */
export function ProviderWorkspacePage() {
  const { can } = useSession();
  const { canSchedule, tab, openTab, lots, loaded, error, refetch, creating, setCreating } = useProviderWorkspace();

  return (
    <Stack gap="md">
      <PageHeader
        title="Espace prestataire"
        description="Les orientations vers vos lots, les fiches de liaison à envoyer dans les 15 jours, vos séances, vos temps et vos candidatures."
        actions={
          <>
            <Button component={Link} to="/portefeuille" variant="default">
              Mon portefeuille PLIE
            </Button>
            {canSchedule && <Button onClick={() => setCreating(true)}>Programmer une séance</Button>}
          </>
        }
      />
      {error && !loaded && <QueryError error={error} onRetry={() => void refetch()} />}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {lots.map((lot) => (
          <Card key={lot.id} withBorder padding="sm">
            <Anchor component={Link} to={`/lots/${lot.id}`} fw={500} size="sm">
              Lot {lot.number} · {lot.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {lot.market.reference} · du {formatShortDay(lot.startsOn)} au {formatShortDay(lot.endsOn)}
            </Text>
          </Card>
        ))}
        {loaded && lots.length === 0 && <Text c="dimmed">Votre structure ne réalise aucun lot conventionné.</Text>}
      </SimpleGrid>
      <Tabs value={tab} onChange={openTab} keepMounted={false}>
        <Tabs.List aria-label="Sections de l’espace prestataire">
          <Tabs.Tab value="a-traiter">Orientations à traiter</Tabs.Tab>
          <Tabs.Tab value="retards">Fiches en retard</Tabs.Tab>
          <Tabs.Tab value="en-cours">Dans l’action</Tabs.Tab>
          <Tabs.Tab value="seances">Séances</Tabs.Tab>
          <Tabs.Tab value="temps">Temps</Tabs.Tab>
          <Tabs.Tab value="candidatures">Candidatures</Tabs.Tab>
          {can(Permission.CEJ_DELIVER) && <Tabs.Tab value="cej">CEJ</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="a-traiter" pt="md">
          <Text size="sm" c="dimmed" mb="xs">
            Fiche de liaison « entrée / non entrée » due dans les 15 jours suivant l’orientation.
          </Text>
          <OrientationsTable
            filter={{ status: 'PENDING_ENTRY' }}
            show="both"
            noRecordsText="Aucune orientation en attente de réponse"
          />
        </Tabs.Panel>
        <Tabs.Panel value="retards" pt="md">
          <OrientationsTable filter={{ late: true }} show="both" noRecordsText="Aucune fiche en retard" />
        </Tabs.Panel>
        <Tabs.Panel value="en-cours" pt="md">
          <Text size="sm" c="dimmed" mb="xs">
            Fiche de liaison « sortie » due dans les 15 jours suivant la sortie.
          </Text>
          <OrientationsTable filter={{ status: 'ENTERED' }} show="both" noRecordsText="Personne n’est dans l’action" />
        </Tabs.Panel>
        <Tabs.Panel value="seances" pt="md">
          <SessionsTable filter={{}} showLot />
        </Tabs.Panel>
        <Tabs.Panel value="temps" pt="md">
          <TimeEntries lots={lots} />
        </Tabs.Panel>
        <Tabs.Panel value="candidatures" pt="md">
          <ProviderBids />
        </Tabs.Panel>
        {can(Permission.CEJ_DELIVER) && (
          <Tabs.Panel value="cej" pt="md">
            <ProviderCej />
          </Tabs.Panel>
        )}
      </Tabs>
      {creating && <CreateSessionModal lots={lots} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
