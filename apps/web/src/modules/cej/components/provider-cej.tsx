import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatShortDay } from '../../../lib/format';
import { RecordsTable } from '../../common/components/records-table';
import { QueryError } from '../../common/components/query-error';
import { DigitalMonthlyTableView, MonthSelect, recentMonths } from './digital-monthly-table';
import { downloadProviderDigitalMonthly } from '../files';
import {
  CEJ_PROVIDER_DIGITAL_MONTHLY_TABLE_QUERY,
  CEJ_PROVIDER_LOTS_QUERY,
  CEJ_RECEIVED_YOUNG_PEOPLE_QUERY,
} from '../graphql/cej-provider';

/**
 * The provider's CEJ area: its CEJ lots, the young people it receives through each (promo members, digital path), and
 * the monthly table of the digital path for the lot.
 */
export function ProviderCej() {
  const lots = useQuery(CEJ_PROVIDER_LOTS_QUERY);
  const [chosen, setChosen] = useState<string | null>(null);
  const lotId = chosen ?? lots.data?.cejProviderLots[0]?.id ?? null;
  const young = useQuery(CEJ_RECEIVED_YOUNG_PEOPLE_QUERY, { variables: { lotId }, skip: !lotId });
  const [month, setMonth] = useState(recentMonths(1)[0]);
  const table = useQuery(CEJ_PROVIDER_DIGITAL_MONTHLY_TABLE_QUERY, {
    variables: { lotId: lotId ?? '', month },
    skip: !lotId,
  });

  if (lots.error && !lots.data) return <QueryError error={lots.error} onRetry={() => void lots.refetch()} />;
  if (lots.data && lots.data.cejProviderLots.length === 0)
    return <Text c="dimmed">Votre structure n’a aucun lot CEJ conventionné avec une Mission Locale.</Text>;
  return (
    <Stack gap="md">
      <Select
        label="Lot CEJ"
        w={480}
        allowDeselect={false}
        data={(lots.data?.cejProviderLots ?? []).map((lot) => ({
          value: lot.id,
          label: `Lot ${lot.number} · ${lot.title}`,
        }))}
        value={lotId}
        onChange={setChosen}
      />
      {young.error && !young.data && <QueryError error={young.error} onRetry={() => void young.refetch()} />}
      <Title order={2} size="h4">
        Jeunes reçus
      </Title>
      <RecordsTable
        aria-label="Jeunes reçus au titre du lot"
        records={young.data?.cejReceivedYoungPeople ?? []}
        idAccessor="contractId"
        fetching={young.loading}
        noRecordsText="Aucun jeune reçu au titre de ce lot"
        columns={[
          {
            accessor: 'lastName',
            title: 'Jeune',
            render: (y) => (
              <Anchor component={Link} to={`/prestataire/cej/${y.lotId}/${y.contractId}`}>
                {y.lastName} {y.firstName}
              </Anchor>
            ),
          },
          { accessor: 'operatorName', title: 'Mission Locale' },
          { accessor: 'cohortName', title: 'Promo', render: (y) => y.cohortName ?? '—' },
          {
            accessor: 'digitalPath',
            title: 'Parcours numérique',
            render: (y) => (y.digitalPath ? <Badge variant="light">Orienté·e</Badge> : '—'),
          },
          {
            accessor: 'startOn',
            title: 'Contrat',
            render: (y) => `du ${formatShortDay(y.startOn)} au ${formatShortDay(y.endOn)}`,
          },
        ]}
      />
      <Title order={2} size="h4">
        Tableau mensuel du parcours numérique
      </Title>
      <MonthSelect value={month} onChange={setMonth} />
      {table.error && !table.data && <QueryError error={table.error} onRetry={() => void table.refetch()} />}
      <DigitalMonthlyTableView
        table={table.data?.cejProviderDigitalMonthlyTable}
        onDownload={() => (lotId ? downloadProviderDigitalMonthly(lotId, month) : Promise.resolve())}
      />
    </Stack>
  );
}
