import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatEuros, formatShortDay } from '../../../lib/format';
import { ConfirmModal } from '../../common/components/confirm-modal';
import { IndicatorFormModal } from '../components/indicator-form-modal';
import { DayInput } from '../../common/components/day-input';
import { PageHeader } from '../../common/components/page-header';
import { IndicatorGauge } from '../components/indicator-gauge';
import { IndicatorUnits } from '../components/indicator-units';
import { ProjectionChart } from '../components/projection-chart';
import { useLotDashboard } from '../hooks/use-lot-dashboard';
import { formatAmount, totalPayable } from '../indicator-rules';
import { QueryPending } from '../../common/components/query-pending';

/** A lot's payment indicators as of a day: gauges, projection, and the units counted with their proofs. */
export function LotDashboardPage() {
  const { id = '' } = useParams();
  const {
    current,
    loading,
    error,
    refetch,
    asOf,
    setAsOf,
    selected,
    select,
    manages,
    editing,
    setEditing,
    deleting,
    setDeleting,
    removing,
    confirmDelete,
  } = useLotDashboard(id);
  if (!current) return <QueryPending error={error} loading={loading} onRetry={() => void refetch()} h={320} reserve />;
  const { lot, lotIndicators } = current;

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
        loading={removing}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(false)}
      >
        L’indicateur « {selected?.indicator.label} » sera supprimé. Ce n’est possible que tant que ses chiffres ne sont
        figés dans aucun bilan transmis.
      </ConfirmModal>
    </Stack>
  );
}
