import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Code, Stack, Text, Title } from '@mantine/core';
import { IndicatorMeasure, Permission } from '@passerelle/domain';
import type { DataTableColumn } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';
import type { IndicatorStatusFieldsFragment, IndicatorUnitsQuery } from '../../../generated/graphql';
import { formatShortDay } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useSession } from '../../auth';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { downloadFile } from '../../../lib/download';
import { formatQuantity, gapLabel, PROOF_KIND_LABELS, proofState } from '../indicator-rules';
import { INDICATOR_UNITS_QUERY } from '../graphql/indicators';

type Unit = IndicatorUnitsQuery['indicatorUnits']['edges'][number]['node'];

function ProofCell({ unit }: { unit: Unit }) {
  const [busy, setBusy] = useState(false);
  const proof = proofState(unit);
  if (proof.kind === 'file') {
    return (
      <Button
        variant="subtle"
        size="compact-xs"
        loading={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await downloadFile(`/files/proofs/${encodeURIComponent(proof.proofId)}`, `justificatif-${proof.proofId}`, {
              serverName: true,
            });
          } catch (error) {
            notifyError(error);
          } finally {
            setBusy(false);
          }
        }}
      >
        Télécharger le justificatif
      </Button>
    );
  }
  if (proof.kind === 'signed-sheet') {
    return (
      <Text size="xs">
        Signée en ligne · empreinte <Code>{proof.sha256.slice(0, 12)}…</Code>
      </Text>
    );
  }
  return (
    <Badge color="gray" variant="light">
      Sans fichier
    </Badge>
  );
}

function What({ unit, measure, canReadParticipants }: { unit: Unit; measure: string; canReadParticipants: boolean }) {
  // The active file counts people: the participant first, the session or interview being only the evidence.
  if (measure === IndicatorMeasure.ACTIVE_FILE && unit.participantId && canReadParticipants) {
    return (
      <Anchor component={Link} to={`/participants/${unit.participantId}`} size="sm">
        Participant (dossier)
      </Anchor>
    );
  }
  if (unit.sessionId) {
    return (
      <Anchor component={Link} to={`/seances/${unit.sessionId}`} size="sm">
        Séance du {formatShortDay(unit.date)}
      </Anchor>
    );
  }
  if (unit.orientationId) {
    return (
      <Anchor component={Link} to={`/orientations/${unit.orientationId}`} size="sm">
        Orientation du participant
      </Anchor>
    );
  }
  if (unit.participantId && canReadParticipants) {
    return (
      <Anchor component={Link} to={`/participants/${unit.participantId}`} size="sm">
        Dossier du participant
      </Anchor>
    );
  }
  return <>{PROOF_KIND_LABELS[unit.proofKind] ?? unit.proofKind}</>;
}

/** One list of units (counted, or lacking proof), paginated on the server. */
function UnitsList({ status, unproven }: { status: IndicatorStatusFieldsFragment; unproven: boolean }) {
  const { can } = useSession();
  const { indicator } = status;
  const pages = useCursorPages(`${indicator.id}:${status.asOf}:${unproven}`);
  const { data, previousData, loading, error, refetch } = useQuery(INDICATOR_UNITS_QUERY, {
    variables: { indicatorId: indicator.id, asOf: status.asOf, unproven, first: PAGE_SIZE, after: pages.after },
  });
  const connection = (data ?? previousData)?.indicatorUnits;
  const units = connection?.edges.map((edge) => edge.node) ?? [];
  const canReadParticipants = can(Permission.PARTICIPANTS_READ);
  if (error && !connection) return <QueryError error={error} onRetry={() => void refetch()} />;
  const columns: DataTableColumn<Unit>[] = [
    { accessor: 'date', title: 'Date', noWrap: true, render: (u) => formatShortDay(u.date) },
    { accessor: 'proofKind', title: 'Preuve', render: (u) => PROOF_KIND_LABELS[u.proofKind] ?? u.proofKind },
    {
      accessor: 'unitId',
      title: 'Ce qui est compté',
      render: (u) => <What unit={u} measure={indicator.measure} canReadParticipants={canReadParticipants} />,
    },
    {
      accessor: 'quantity',
      title: 'Quantité',
      textAlign: 'right',
      render: (u) => formatQuantity(u.quantity, indicator.measure),
    },
    unproven
      ? {
          accessor: 'gap',
          title: 'Ce qui manque',
          render: (u) => (
            <Badge color="orange" variant="light">
              {gapLabel(u.gap)}
            </Badge>
          ),
        }
      : { accessor: 'proofId', title: 'Justificatif', render: (u) => <ProofCell unit={u} /> },
  ];
  return (
    <>
      <RecordsTable
        fetching={loading}
        emptyHeight={120}
        noRecordsText={unproven ? 'Rien ne manque de preuve' : 'Aucune unité comptée'}
        records={units}
        idAccessor={(u) => `${u.unitId}:${u.proofKind}:${u.date}`}
        pagination={{ pages, connection, loading, onlyWhenSeveralPages: true }}
        columns={columns}
      />
    </>
  );
}

/** The units an indicator counts, with the proof behind each; what lacks proof is listed apart, never counted. */
export function IndicatorUnits({ status }: { status: IndicatorStatusFieldsFragment }) {
  const { indicator } = status;
  const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
  return (
    <Card withBorder component="section" aria-label="Détail de l’indicateur">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Unités comptées · {indicator.label}
        </Title>
        <Text size="sm" c="dimmed">
          Seule l’activité prouvée compte : présence sur une feuille d’émargement signée, entretien ou temps avec son
          justificatif. {plural(status.provenUnits, 'unité')} comptée{status.provenUnits > 1 ? 's' : ''} au{' '}
          {formatShortDay(status.asOf)}.
        </Text>
        <Stack gap={4} component="section" aria-label="Unités comptées">
          <UnitsList status={status} unproven={false} />
        </Stack>
        <Stack gap={4} component="section" aria-label="Sans preuve, non compté">
          <Title order={4} size="h5">
            Sans preuve, non compté ({status.unprovenUnits})
          </Title>
          <Text size="xs" c="dimmed">
            Activité enregistrée à laquelle il manque une preuve : elle ne compte pas tant que ce n’est pas corrigé.
          </Text>
          <UnitsList status={status} unproven />
        </Stack>
      </Stack>
    </Card>
  );
}
