import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { DROP_OFF_QUERY } from '../graphql/drop-off';
import { useAnalyticsFilters } from './use-analytics-filters';

/** The drop-off analysis of the period, branch and return window chosen (asked only once the filters are valid). */
export function useDropOff() {
  const filters = useAnalyticsFilters();
  const { period, branchId } = filters;
  const [windowDays, setWindowDays] = useState<number>(90);
  const valid = period.valid && windowDays >= 7 && windowDays <= 365;
  const { data, previousData, loading, error, refetch } = useQuery(DROP_OFF_QUERY, {
    variables: { filter: { from: period.from, to: period.to, branchId, windowDays } },
    skip: !valid,
  });

  return {
    filters,
    windowDays,
    setWindowDays,
    analysis: (data ?? previousData)?.dropOffAnalysis,
    loading: loading || !valid,
    error,
    refetch,
  };
}
