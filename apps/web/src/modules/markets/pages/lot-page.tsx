import { Button, Card, Group, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { PREMISES_PROVIDER_LABELS } from '@passerelle/domain';
import { Link, useParams } from 'react-router';
import { formatEuros, formatHours, formatMinutes, formatShortDay, labelOf } from '../../../lib/format';
import { CreateSessionModal, OrientationsTable, SessionsTable } from '../../activities';
import { PageHeader } from '../../common/components/page-header';
import { BidsPanel } from '../components/bids-panel';
import { ConventionCard } from '../components/convention-card';
import { LotFormModal } from '../components/lot-form-modal';
import { useLot } from '../hooks/use-lot';
import { QueryPending } from '../../common/components/query-pending';

function Row({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w="55%" fw={400} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{value ?? '—'}</Table.Td>
    </Table.Tr>
  );
}

const n = (value: number | null | undefined, unit = '') => (value == null ? '—' : `${value}${unit}`);

/** A lot: what the specifications expect (quantities), who delivers it, its participants and its sessions. */
export function LotPage() {
  const { id = '' } = useParams();
  const { lot, loading, error, refetch, manages, canSchedule, creating, setCreating, editing, setEditing } = useLot(id);
  if (!lot) return <QueryPending error={error} loading={loading} onRetry={() => void refetch()} h={240} reserve />;
  const q = lot.quantities;

  return (
    <Stack gap="md">
      <PageHeader
        title={`Lot ${lot.number} · ${lot.title}`}
        description={`${lot.market.reference} · ${lot.market.title}`}
        actions={
          <Group>
            <Button component={Link} to={`/lots/${lot.id}/indicateurs`} variant="light">
              Indicateurs de paiement
            </Button>
            {manages && (
              <Button variant="default" onClick={() => setEditing(true)}>
                Modifier le lot
              </Button>
            )}
            {canSchedule && <Button onClick={() => setCreating(true)}>Programmer une séance</Button>}
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            Le lot
          </Title>
          <Table>
            <Table.Tbody>
              <Row label="Territoire" value={lot.territory} />
              <Row
                label="Lieu"
                value={`${lot.site} (locaux : ${labelOf(PREMISES_PROVIDER_LABELS, lot.premisesProvidedBy).toLowerCase()})`}
              />
              <Row label="Période" value={`du ${formatShortDay(lot.startsOn)} au ${formatShortDay(lot.endsOn)}`} />
              <Row label="Participants au moins" value={n(lot.minParticipants)} />
              <Row label="Moyens humains" value={lot.staffingFte ? `${lot.staffingFte.replace('.', ',')} ETP` : '—'} />
              <Row label="Prix annuel maximum" value={formatEuros(lot.maxAnnualPriceTtc)} />
              <Row label="Cofinancement FSE+" value={lot.fseCoFunded ? 'Oui' : 'Non'} />
              <Row label="Entrées permanentes" value={lot.permanentEntry ? 'Oui' : 'Non'} />
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">
            Quantités attendues
          </Title>
          <Table>
            <Table.Tbody>
              <Row label="Sessions (cycles)" value={n(q.sessionsCount)} />
              <Row label="Ateliers par session" value={n(q.workshopsPerSession)} />
              <Row label="Durée d’un atelier" value={q.workshopMinutes ? formatMinutes(q.workshopMinutes) : '—'} />
              <Row
                label="Groupe"
                value={q.groupMin || q.groupMax ? `${n(q.groupMin)} à ${n(q.groupMax)} personnes` : '—'}
              />
              <Row label="Entretiens par participant" value={n(q.interviewsPerParticipant)} />
              <Row
                label="Durée maximale d’un entretien"
                value={q.interviewMaxMinutes ? formatMinutes(q.interviewMaxMinutes) : '—'}
              />
              <Row label="Face à face" value={formatHours(q.faceToFaceHours)} />
              <Row label="Préparation" value={formatHours(q.preparationHours)} />
              <Row label="Coordination" value={formatHours(q.coordinationHours)} />
              <Row
                label="Échanges de pratiques"
                value={
                  q.exchangeSessions ? `${q.exchangeSessions} × ${formatMinutes(q.exchangeSessionMinutes ?? 0)}` : '—'
                }
              />
              <Row label="Demi-journées d’événements" value={n(q.eventHalfDays)} />
              <Row label="Bilans" value={n(q.assessmentsCount)} />
            </Table.Tbody>
          </Table>
        </Card>
        <ConventionCard lot={lot} canManage={manages} />
      </SimpleGrid>
      {manages && <BidsPanel lot={lot} canManage={manages} />}
      <Title order={2} size="h4">
        Participants orientés
      </Title>
      <OrientationsTable filter={{ lotId: lot.id }} noRecordsText="Personne n’est orienté vers ce lot" />
      <Title order={2} size="h4">
        Séances
      </Title>
      <SessionsTable filter={{ lotId: lot.id }} />
      {editing && <LotFormModal marketId={lot.market.id} lot={lot} onClose={() => setEditing(false)} />}
      {creating && <CreateSessionModal lots={[lot]} lotId={lot.id} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
