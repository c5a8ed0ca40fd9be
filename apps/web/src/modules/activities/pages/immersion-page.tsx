import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IMMERSION_RATING_LABELS } from '@passerelle/domain';
import { Link, useParams } from 'react-router';
import { formatDay, formatHours, labelOf } from '../../../lib/format';
import { PageHeader } from '../../common/components/page-header';
import { ImmersionExitSheetModal } from '../components/immersion-modals';
import { useImmersion } from '../hooks/use-immersion';
import { QueryPending } from '../../common/components/query-pending';

/** An immersion of an orientation: host, tutor, tripartite start meeting, co-signed end-of-immersion sheet (read-only once signed). */
export function ImmersionPage() {
  const { orientationId = '', id = '' } = useParams();
  const {
    orientation: o,
    immersion,
    loading,
    error,
    refetch,
    canAct,
    startMeeting,
    starting,
    exitSheet,
    setExitSheet,
  } = useImmersion(orientationId, id);
  if (!o) return <QueryPending error={error} loading={loading} onRetry={() => void refetch()} h={240} reserve />;
  if (!immersion) return <Alert color="orange">Cette immersion est introuvable.</Alert>;

  return (
    <Stack gap="md">
      <PageHeader
        title={`Immersion chez ${immersion.hostName}`}
        description={
          <>
            <Anchor component={Link} to={`/orientations/${o.id}`}>
              {o.participant.firstName} {o.participant.lastName}
            </Anchor>{' '}
            · lot {o.lot.number} · du {formatDay(immersion.startsOn)} au {formatDay(immersion.endsOn)} ·{' '}
            {formatHours(immersion.hours)}
          </>
        }
        actions={
          canAct && (
            <>
              {!immersion.startMeetingOn && (
                <Button variant="default" onClick={() => void startMeeting()} loading={starting}>
                  Entretien de démarrage fait aujourd’hui
                </Button>
              )}
              {immersion.startMeetingOn && <Button onClick={() => setExitSheet(true)}>Fiche de fin d’immersion</Button>}
            </>
          )
        }
      />
      {immersion.coSigned && (
        <Alert color="teal" title="Fiche de fin cosignée" role="status">
          Signée par le tuteur·rice le {formatDay(immersion.tutorSignedOn)} et par le participant le{' '}
          {formatDay(immersion.participantSignedOn)} : elle ne change plus.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            Convention tripartite
          </Title>
          <Text size="sm">
            Structure d’accueil : {immersion.hostName}
            {immersion.hostAddress ? `, ${immersion.hostAddress}` : ''}
          </Text>
          <Text size="sm">
            Tuteur·rice : {immersion.tutorName}
            {immersion.tutorContact ? ` (${immersion.tutorContact})` : ''}
          </Text>
          <Text size="sm">Objectif : {immersion.objective}</Text>
          {immersion.justification && <Text size="sm">Justification : {immersion.justification}</Text>}
          <Group mt="xs">
            {immersion.startMeetingOn ? (
              <Badge color="teal" variant="light">
                Entretien de démarrage le {formatDay(immersion.startMeetingOn)}
              </Badge>
            ) : (
              <Badge color="yellow" variant="light">
                Entretien de démarrage à faire
              </Badge>
            )}
          </Group>
        </Card>
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            Fiche de fin d’immersion
          </Title>
          {immersion.coSigned ? (
            <Table>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th>Ponctualité</Table.Th>
                  <Table.Td>{labelOf(IMMERSION_RATING_LABELS, immersion.punctuality)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Assiduité</Table.Th>
                  <Table.Td>{labelOf(IMMERSION_RATING_LABELS, immersion.attendance)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Compréhension des consignes</Table.Th>
                  <Table.Td>{labelOf(IMMERSION_RATING_LABELS, immersion.understanding)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Relations</Table.Th>
                  <Table.Td>{labelOf(IMMERSION_RATING_LABELS, immersion.relations)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Compétences</Table.Th>
                  <Table.Td>{immersion.skills}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>Préconisations</Table.Th>
                  <Table.Td>{immersion.recommendations}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm" c="dimmed">
              À remplir avec le tuteur·rice et le participant, qui la cosignent ; la fiche de liaison « sortie »
              l’exige.
            </Text>
          )}
        </Card>
      </SimpleGrid>
      {exitSheet && <ImmersionExitSheetModal immersion={immersion} onClose={() => setExitSheet(false)} />}
    </Stack>
  );
}
