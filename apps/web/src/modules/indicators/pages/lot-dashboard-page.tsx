import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { formatEuros, formatShortDay, todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useSession } from '../../auth';
import { ConfirmModal } from '../../common/components/confirm-modal';
import { IndicatorFormModal } from '../components/indicator-form-modal';
import { DayInput } from '../../common/components/day-input';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { IndicatorGauge } from '../components/indicator-gauge';
import { IndicatorUnits } from '../components/indicator-units';
import { ProjectionChart } from '../components/projection-chart';
import { DELETE_PAYMENT_INDICATOR, LOT_DASHBOARD_QUERY } from '../graphql/indicators';
import { formatAmount, totalPayable } from '../indicator-rules';

/** A lot's payment indicators as of a day: gauges, projection, and the units counted with their proofs. */
export function LotDashboardPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [asOf, setAsOf] = useState(todayInParis());
  const { can, structureId } = useSession();
  const [editing, setEditing] = useState<'new' | 'selected' | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [remove, removing] = useMutation(DELETE_PAYMENT_INDICATOR, {
    refetchQueries: [LOT_DASHBOARD_QUERY],
    awaitRefetchQueries: true,
  });
  const { data, previousData, loading, error, refetch } = useQuery(LOT_DASHBOARD_QUERY, {
    variables: { lotId: id, asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null },
  });
  const current = data ?? previousData;
  if (error && !current) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!current) return <Skeleton height={320} visible={loading} />;
  const { lot, lotIndicators } = current;
  const selectedId = params.get('indicateur') ?? lotIndicators[0]?.indicator.id ?? null;
  const selected = lotIndicators.find((s) => s.indicator.id === selectedId) ?? null;
  const select = (indicatorId: string) => setParams({ indicateur: indicatorId }, { replace: true });
  // The operator that owns the lot defines its indicators; the provider reads them.
  const manages = can(Permission.MARKETS_MANAGE) && lot.structureId === structureId;

  async function handleDelete() {
    if (!selected) return;
    try {
      await remove({ variables: { input: { id: selected.indicator.id, version: selected.indicator.version } } });
      notifySuccess('L’indicateur est supprimé.');
      setDeleting(false);
      setParams({}, { replace: true });
    } catch (caught) {
      notifyError(caught);
    }
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={`Indicateurs du lot ${lot.number} · ${lot.title}`}
        description={
          <>
            <Anchor component={Link} to={`/lots/${lot.id}`}>
              {lot.market.reference} · lot {lot.number}
            </Anchor>
            {lot.awardedProvider ? ` · ${lot.awardedProvider.name}` : ''} · du {formatShortDay(lot.startsOn)} au{' '}
            {formatShortDay(lot.endsOn)} · prix annuel maximum {formatEuros(lot.maxAnnualPriceTtc)}
          </>
        }
        actions={
          <>
            <Button component={Link} to={`/bilans?lot=${lot.id}`} variant="default">
              Bilans du lot
            </Button>
            {manages && <Button onClick={() => setEditing('new')}>Nouvel indicateur</Button>}
            <DayInput label="Situation au" value={asOf} onChange={setAsOf} w={180} />
          </>
        }
      />
      {lotIndicators.length === 0 ? (
        <Alert color="gray" title="Aucun indicateur de paiement">
          Ce lot n’a pas encore d’indicateur de paiement.
        </Alert>
      ) : (
        <>
          <Group gap="xs">
            <Text size="sm">
              Montant payable au {formatShortDay(lotIndicators[0].asOf)}, tous indicateurs :{' '}
              <strong>{formatAmount(totalPayable(lotIndicators))}</strong>
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
            {lotIndicators.map((status) => (
              <IndicatorGauge
                key={status.indicator.id}
                status={status}
                selected={status.indicator.id === selected?.indicator.id}
                onDrillDown={() => select(status.indicator.id)}
              />
            ))}
          </SimpleGrid>
          {selected && (
            <>
              {manages && (
                <Group gap="xs">
                  <Button variant="light" size="xs" onClick={() => setEditing('selected')}>
                    Modifier « {selected.indicator.label} »
                  </Button>
                  <Button variant="subtle" color="red" size="xs" onClick={() => setDeleting(true)}>
                    Supprimer
                  </Button>
                </Group>
              )}
              <ProjectionChart status={selected} />
              <IndicatorUnits status={selected} />
            </>
          )}
        </>
      )}
      {editing && (
        <IndicatorFormModal
          key={editing === 'new' ? 'new' : selected?.indicator.id}
          lotId={lot.id}
          indicator={editing === 'selected' ? (selected?.indicator ?? null) : null}
          period={{ start: lot.startsOn, end: lot.endsOn }}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={deleting}
        title="Supprimer l’indicateur"
        confirmLabel="Supprimer"
        loading={removing.loading}
        onConfirm={() => void handleDelete()}
        onClose={() => setDeleting(false)}
      >
        L’indicateur « {selected?.indicator.label} » sera supprimé. Ce n’est possible que tant que ses chiffres ne sont
        figés dans aucun bilan transmis.
      </ConfirmModal>
    </Stack>
  );
}
