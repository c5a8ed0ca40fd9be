import { useQuery } from '@apollo/client/react';
import { type ReportKind, type ReportStatus } from '@passerelle/domain';
import { useState } from 'react';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useSession } from '../../auth';
import { useAddressFilters } from '../../common/hooks/use-address-filters';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { REPORTS_QUERY } from '../graphql/reports';

/** The reports, filtered by status, kind, year, origin and lot in the address, a page at a time. */
export function useReports() {
  const { can } = useSession();
  const { params, setFilter } = useAddressFilters();
  const [requesting, setRequesting] = useState(false);
  const status = params.get('statut');
  const kind = params.get('type');
  const year = params.get('annee');
  const origin = params.get('origine');
  const lotId = params.get('lot');
  const filter = {
    lotId: lotId ?? null,
    lotReports: origin === 'lots' ? true : origin === 'structure' ? false : null,
    status: (status as ReportStatus | null) ?? null,
    kind: (kind as ReportKind | null) ?? null,
    year: year ? Number(year) : null,
  };
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(REPORTS_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, filter },
  });
  const connection = (data ?? previousData)?.reports;
  const records = connection?.edges.map((edge) => edge.node) ?? [];

  return {
    can,
    requesting,
    setRequesting,
    status,
    kind,
    year,
    origin,
    lotId,
    setFilter,
    list: { pages, connection, records, loading, error, refetch },
  };
}
