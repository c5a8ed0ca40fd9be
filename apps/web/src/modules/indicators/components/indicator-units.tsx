import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Code, Stack, Text, Title } from '@mantine/core';
import { IndicatorMeasure, Permission } from '@passerelle/domain';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { Link } from 'react-router';
import type { IndicatorStatusFieldsFragment, IndicatorUnitsQuery } from '../../../generated/graphql';
import { formatShortDay } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useSession } from '../../auth/hooks/session-context';
import { CursorPagination } from '../../common/components/cursor-pagination';
import { QueryError } from '../../common/components/query-error';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { downloadApiFile } from '../../reports/download';
import { formatQuantity, PROOF_KIND_LABELS, proofState } from '../indicator-rules';
import { INDICATOR_UNITS_QUERY } from '../graphql/indicators';
import { UncountedTimeEntries } from './uncounted-time-entries';

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
            await downloadApiFile(`/files/proofs/${encodeURIComponent(proof.proofId)}`, `justificatif-${proof.proofId}`);
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
    <Badge color="orange" variant="light">
      Sans justificatif
    </Badge>
  );
}

function what(unit: Unit, canReadParticipants: boolean) {
  if (unit.sessionId) {
    return (
      <Anchor component={Link} to={`/seances/${unit.sessionId}`} size="sm">
        Séance du {formatShortDay(unit.date)}
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
  return PROOF_KIND_LABELS[unit.proofKind] ?? unit.proofKind;
}

function UnitsTable({ units, measure, loading, canReadParticipants, empty }: { units: Unit[]; measure: string; loading: boolean; canReadParticipants: boolean; empty: string }) {
  return (
    <DataTable
      withTableBorder
      borderRadius="md"
      striped
      fetching={loading}
      minHeight={units.length === 0 ? 120 : undefined}
      noRecordsText={empty}
      records={units}
      idAccessor="unitId"
      columns={[
        { accessor: 'date', title: 'Date', noWrap: true, render: (u) => formatShortDay(u.date) },
        { accessor: 'proofKind', title: 'Preuve', render: (u) => PROOF_KIND_LABELS[u.proofKind] ?? u.proofKind },
        { accessor: 'unitId', title: 'Ce qui est compté', render: (u) => what(u, canReadParticipants) },
        { accessor: 'quantity', title: 'Quantité', textAlign: 'right', render: (u) => formatQuantity(u.quantity, measure) },
        { accessor: 'proofId', title: 'Justificatif', render: (u) => <ProofCell unit={u} /> },
      ]}
    />
  );
}

/** The units an indicator counts, with the proof behind each; what has no proof document is listed apart. */
export function IndicatorUnits({ status, lotId }: { status: IndicatorStatusFieldsFragment; lotId: string }) {
  const { can } = useSession();
  const { indicator } = status;
  const pages = useCursorPages(`${indicator.id}:${status.asOf}`);
  const { data, previousData, loading, error, refetch } = useQuery(INDICATOR_UNITS_QUERY, {
    variables: { indicatorId: indicator.id, asOf: status.asOf, first: PAGE_SIZE, after: pages.after },
  });
  const connection = (data ?? previousData)?.indicatorUnits;
  const units = connection?.edges.map((edge) => edge.node) ?? [];
  const proven = units.filter((u) => proofState(u).kind !== 'none');
  const unproven = units.filter((u) => proofState(u).kind === 'none');
  const canReadParticipants = can(Permission.PARTICIPANTS_READ);
  const lastDay = status.asOf < indicator.periodEnd ? status.asOf : indicator.periodEnd;

  return (
    <Card withBorder component="section" aria-label="Unités comptées">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Unités comptées · {indicator.label}
        </Title>
        <Text size="sm" c="dimmed">
          Seule l’activité prouvée compte : présence sur une feuille d’émargement signée, entretien enregistré, temps avec son justificatif.
          {connection ? ` ${connection.totalCount} unité${connection.totalCount > 1 ? 's' : ''} comptée${connection.totalCount > 1 ? 's' : ''} au ${formatShortDay(status.asOf)}.` : ''}
        </Text>
        {error && !connection ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : (
          <>
            <UnitsTable units={proven} measure={indicator.measure} loading={loading} canReadParticipants={canReadParticipants} empty="Aucune unité avec justificatif sur cette page" />
            {unproven.length > 0 && (
              <Stack gap={4}>
                <Title order={4} size="h6">
                  Comptées sans justificatif déposé ({unproven.length} sur cette page)
                </Title>
                <Alert color="orange" variant="light" p="xs">
                  <Text size="xs">Ces unités sont enregistrées mais aucun document ne les prouve encore : déposez le justificatif avant le contrôle.</Text>
                </Alert>
                <UnitsTable units={unproven} measure={indicator.measure} loading={loading} canReadParticipants={canReadParticipants} empty="" />
              </Stack>
            )}
            {connection && connection.totalCount > PAGE_SIZE && (
              <CursorPagination
                pageIndex={pages.pageIndex}
                shown={units.length}
                totalCount={connection.totalCount}
                hasNextPage={connection.pageInfo.hasNextPage}
                loading={loading}
                onPrevious={pages.previous}
                onNext={() => pages.next(connection.pageInfo.endCursor)}
              />
            )}
          </>
        )}
        {indicator.measure === IndicatorMeasure.HOURS && indicator.hourKind && (
          <UncountedTimeEntries lotId={lotId} hourKind={indicator.hourKind} from={indicator.periodStart} to={lastDay} />
        )}
      </Stack>
    </Card>
  );
}
