import { Alert, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { OPERATOR_TYPE_LABELS, Permission, Role, STRUCTURE_KIND_LABELS } from '@passerelle/domain';
import { Link } from 'react-router';
import { formatNumber, formatSiret } from '../../../lib/format';
import { useMe, useSession } from '../../auth';
import { QueryError } from '../../common/components/query-error';
import { useDashboard } from '../hooks/use-dashboard';
import { useHome } from '../hooks/use-home';
import { HomeSections } from './home-sections';

function StatCard({ label, value, to }: { label: string; value: number; to?: string }) {
  const content = (
    <>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700} lh={1.2}>
        {formatNumber(value)}
      </Text>
    </>
  );
  return to ? (
    <Card withBorder padding="lg" radius="md" component={Link} to={to} className="stat-card-link">
      {content}
    </Card>
  ) : (
    <Card withBorder padding="lg" radius="md">
      {content}
    </Card>
  );
}

export function DashboardPage() {
  const { can } = useSession();
  const { currentRole } = useMe();
  const isDirection = currentRole === Role.DIRECTOR || currentRole === Role.PLATFORM_ADMIN;
  const { me, dashboard, loading, error, refetch } = useDashboard(isDirection);
  const work = useHome();

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          Tableau de bord
        </Title>
        <Text c="dimmed">Bonjour {me.fullName}.</Text>
      </div>

      {!me.currentStructure && (
        <Alert color="orange" title="Aucune structure">
          Votre compte n’est rattaché à aucune structure. Demandez à la direction de votre structure de vous y ajouter.
        </Alert>
      )}
      {work.error && !work.home && <QueryError error={work.error} onRetry={() => void work.refetch()} />}
      {work.loading && !work.home && <Skeleton h={160} />}
      {work.home && <HomeSections home={work.home} />}
      {work.home?.figures && (
        <section aria-label="Chiffres de la structure">
          <Title order={2} size="h4" mb="sm">
            Chiffres de la structure
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <StatCard label="Participants suivis" value={work.home.figures.participantCount} to="/participants" />
            <StatCard label="Contrats CEJ en cours" value={work.home.figures.activeCejContractCount} />
            <StatCard label="Parcours PLIE en cours" value={work.home.figures.activePliePathCount} />
            <StatCard label="Fiches de liaison en retard" value={work.home.figures.lateOrientationCount} />
          </SimpleGrid>
        </section>
      )}
      {error && !dashboard && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !dashboard && (
        <Stack>
          <Skeleton h={28} w="50%" />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Skeleton h={96} />
            <Skeleton h={96} />
            <Skeleton h={96} />
          </SimpleGrid>
        </Stack>
      )}
      {dashboard && (
        <>
          <Card withBorder padding="lg" radius="md">
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <Stack gap={4}>
                <Title order={2} size="h3">
                  {dashboard.structure.name}
                </Title>
                <Text size="sm" c="dimmed">
                  {dashboard.structure.addressLine}, {dashboard.structure.postalCode} {dashboard.structure.city}
                </Text>
                <Text size="sm" c="dimmed">
                  Territoire : {dashboard.structure.territory} · SIRET {formatSiret(dashboard.structure.siret)}
                </Text>
              </Stack>
              <Group gap="xs">
                <Badge variant="light">{STRUCTURE_KIND_LABELS[dashboard.structure.kind]}</Badge>
                {dashboard.structure.operatorType && (
                  <Badge variant="light" color="grape">
                    {OPERATOR_TYPE_LABELS[dashboard.structure.operatorType]}
                  </Badge>
                )}
              </Group>
            </Group>
          </Card>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <StatCard
              label="Membres"
              value={dashboard.memberCount}
              to={can(Permission.USERS_MANAGE) ? '/utilisateurs' : undefined}
            />
            <StatCard
              label="Antennes"
              value={dashboard.branchCount}
              to={can(Permission.STRUCTURE_MANAGE) ? `/structures/${dashboard.structure.id}` : undefined}
            />
            <StatCard
              label="Clés d’API actives"
              value={dashboard.activeApiKeyCount}
              to={can(Permission.API_KEYS_MANAGE) ? '/cles-api' : undefined}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
