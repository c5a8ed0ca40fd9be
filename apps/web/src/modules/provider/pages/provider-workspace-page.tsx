import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatShortDay } from '../../../lib/format';
import { useSession } from '../../auth';
import { CreateSessionModal, DELIVERED_LOTS_QUERY, OrientationsTable, SessionsTable } from '../../activities';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { ProviderBids } from '../components/provider-bids';
import { ProviderCej } from '../../cej';
import { TimeEntries } from '../components/time-entries';

const TABS = ['a-traiter', 'retards', 'en-cours', 'seances', 'temps', 'candidatures', 'cej'] as const;
type Tab = (typeof TABS)[number];

/** The provider's workspace: orientations to answer, sheets due or late, people in the action, sessions, staff time. */
export function ProviderWorkspacePage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const tabParam = params.get('onglet');
  const tab: Tab = TABS.includes(tabParam as Tab) ? (tabParam as Tab) : 'a-traiter';
  const { data, error, refetch } = useQuery(DELIVERED_LOTS_QUERY, { variables: { first: 100 } });
  const lots = data?.lots.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="md">
      <PageHeader
        title="Espace prestataire"
        description="Les orientations vers vos lots, les fiches de liaison à envoyer dans les 15 jours, vos séances, vos temps et vos candidatures."
        actions={
          can(Permission.ACTIVITIES_WRITE) &&
          lots.length > 0 && <Button onClick={() => setCreating(true)}>Programmer une séance</Button>
        }
      />
      {error && !data && <QueryError error={error} onRetry={() => void refetch()} />}
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
        {data && lots.length === 0 && <Text c="dimmed">Votre structure ne réalise aucun lot conventionné.</Text>}
      </SimpleGrid>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'a-traiter' ? { onglet: value } : {}, { replace: true })}
        keepMounted={false}
      >
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
