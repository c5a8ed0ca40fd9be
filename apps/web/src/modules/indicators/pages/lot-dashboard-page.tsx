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
  const view = useLotDashboard(id);
  if (!view.current)
    return (
      <QueryPending error={view.error} loading={view.loading} onRetry={() => void view.refetch()} h={320} reserve />
    );
  const { lot, lotIndicators } = view.current;

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
            {view.manages && <Button onClick={() => view.setEditing('new')}>Nouvel indicateur</Button>}
            <DayInput label="Situation au" value={view.asOf} onChange={view.setAsOf} w={180} />
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
                selected={status.indicator.id === view.selected?.indicator.id}
                onDrillDown={() => view.select(status.indicator.id)}
              />
            ))}
          </SimpleGrid>
          {view.selected && (
            <>
              {view.manages && (
                <Group gap="xs">
                  <Button variant="light" size="xs" onClick={() => view.setEditing('selected')}>
                    Modifier « {view.selected.indicator.label} »
                  </Button>
                  <Button variant="subtle" color="red" size="xs" onClick={() => view.setDeleting(true)}>
                    Supprimer
                  </Button>
                </Group>
              )}
              <ProjectionChart status={view.selected} />
              <IndicatorUnits status={view.selected} />
            </>
          )}
        </>
      )}
      {view.editing && (
        <IndicatorFormModal
          key={view.editing === 'new' ? 'new' : view.selected?.indicator.id}
          lotId={lot.id}
          indicator={view.editing === 'selected' ? (view.selected?.indicator ?? null) : null}
          period={{ start: lot.startsOn, end: lot.endsOn }}
          onClose={() => view.setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={view.deleting}
        title="Supprimer l’indicateur"
        confirmLabel="Supprimer"
        loading={view.removing}
        onConfirm={() => void view.confirmDelete()}
        onClose={() => view.setDeleting(false)}
      >
        L’indicateur « {view.selected?.indicator.label} » sera supprimé. Ce n’est possible que tant que ses chiffres ne
        sont figés dans aucun bilan transmis.
      </ConfirmModal>
    </Stack>
  );
}
