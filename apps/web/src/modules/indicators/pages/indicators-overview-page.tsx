import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatEuros } from '../../../lib/format';
import { DayInput } from '../../common/components/day-input';
import { type FilterSelect, FilterSelects } from '../../common/components/filter-selects';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { OverviewIndicatorLine } from '../components/overview-indicator-line';
import { formatAmount } from '../indicator-rules';
import { useIndicatorsOverview } from '../hooks/use-indicators-overview';

/** The operator's overview across its lots and providers: every indicator's situation, lot by lot. */
export function IndicatorsOverviewPage() {
  const { asOf, setAsOf, marketId, providerId, options, setFilter, list } = useIndicatorsOverview();
  const { markets, providers } = options;
  const filters: FilterSelect[] = [
    { param: 'marche', label: 'Marché', placeholder: 'Tous les marchés', data: markets, value: marketId, w: 320 },
    {
      param: 'prestataire',
      label: 'Prestataire',
      placeholder: 'Tous les prestataires',
      data: providers,
      value: providerId,
      w: 260,
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title="Suivi des indicateurs"
        description="Vos lots, leur prestataire et la situation de chaque indicateur de paiement : réalisé, cible, projection et montant payable."
      />
      <Group gap="sm" align="flex-end">
        <FilterSelects filters={filters} onChange={setFilter} />
        <DayInput label="Situation au" value={asOf} onChange={setAsOf} w={180} />
      </Group>
      {list.error && !list.connection ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <RecordsTable
            verticalAlign="top"
            fetching={list.loading}
            noRecordsText="Aucun lot"
            records={list.records}
            idAccessor="lotId"
            pagination={{ ...list, onlyWhenSeveralPages: true }}
            columns={[
              {
                accessor: 'lot',
                title: 'Lot',
                width: 260,
                render: (r) => (
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/lots/${r.lotId}/indicateurs`} size="sm" fw={500}>
                      Lot {r.lotNumber} · {r.lotTitle}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {r.marketReference}
                    </Text>
                  </Stack>
                ),
              },
              {
                accessor: 'providerName',
                title: 'Prestataire',
                render: (r) =>
                  r.providerName ?? (
                    <Text size="sm" c="dimmed">
                      Non attribué
                    </Text>
                  ),
              },
              {
                accessor: 'indicators',
                title: 'Indicateurs',
                width: '45%',
                render: (r) =>
                  r.indicators.length === 0 ? (
                    <Text size="xs" c="dimmed">
                      Aucun indicateur
                    </Text>
                  ) : (
                    <Stack gap="xs">
                      {r.indicators.map((status) => (
                        <OverviewIndicatorLine key={status.indicator.id} status={status} />
                      ))}
                    </Stack>
                  ),
              },
              {
                accessor: 'amountPayable',
                title: 'Montant payable',
                textAlign: 'right',
                noWrap: true,
                render: (r) => (
                  <Stack gap={0} align="flex-end">
                    <Text size="sm" fw={600}>
                      {formatAmount(r.amountPayable)}
                    </Text>
                    {r.maxAnnualPriceTtc && (
                      <Text size="xs" c="dimmed">
                        sur {formatEuros(r.maxAnnualPriceTtc)}
                      </Text>
                    )}
                  </Stack>
                ),
              },
            ]}
          />
        </>
      )}
    </Stack>
  );
}
