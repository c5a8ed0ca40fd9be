import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { todayInParis } from '../../../lib/format';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useAddressFilters } from '../../common/hooks/use-address-filters';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { OPERATOR_OVERVIEW_QUERY, OVERVIEW_FILTERS_QUERY } from '../graphql/indicators';
import { overviewFilterOptions } from '../overview-rules';

/** The operator's lots and their indicators at a date, filtered by market and provider in the address. */
export function useIndicatorsOverview() {
  const { params, setFilter } = useAddressFilters();
  const [asOf, setAsOf] = useState(todayInParis());
  const marketId = params.get('marche');
  const providerStructureId = params.get('prestataire');
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null;
  const pages = useCursorPages(`${marketId}:${providerStructureId}:${day}`);
  const { data: filterData } = useQuery(OVERVIEW_FILTERS_QUERY);
  const { data, previousData, loading, error, refetch } = useQuery(OPERATOR_OVERVIEW_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, asOf: day, marketId, providerStructureId },
  });
  const connection = (data ?? previousData)?.operatorIndicatorOverview;
  const records = connection?.edges.map((edge) => edge.node) ?? [];
  const options = overviewFilterOptions(filterData?.markets.edges.map((edge) => edge.node) ?? []);

  return {
    asOf,
    setAsOf,
    marketId,
    providerId: providerStructureId,
    day,
    options,
    setFilter,
    list: { pages, connection, records, loading, error, refetch },
  };
}
