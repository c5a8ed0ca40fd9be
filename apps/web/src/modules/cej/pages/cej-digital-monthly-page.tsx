import { Stack } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { DigitalMonthlyTableView, MonthSelect, recentMonths } from '../components/digital-monthly-table';
import { downloadDigitalMonthly } from '../files';
import { useCejDigitalMonthlyTable } from '../hooks/use-cej-provider';

/** The Mission Locale's monthly table of the digital path (seed 004), every young person of the structure. */
export function CejDigitalMonthlyPage() {
  const [month, setMonth] = useState(recentMonths(1)[0]);
  const { data, error, refetch } = useCejDigitalMonthlyTable(month);
  return (
    <Stack gap="md">
      <PageHeader
        title="Parcours numérique : tableau mensuel"
        description="Montée en charge du parcours numérique CEJ : diagnostics Pix, plans d’action, ateliers, présences et certifications du mois."
      />
      <MonthSelect value={month} onChange={setMonth} />
      {error && !data && <QueryError error={error} onRetry={() => void refetch()} />}
      <DigitalMonthlyTableView table={data?.cejDigitalMonthlyTable} onDownload={() => downloadDigitalMonthly(month)} />
    </Stack>
  );
}
