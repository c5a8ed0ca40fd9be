import { useQuery } from '@apollo/client/react';
import { ML_ACTIVITY_QUERY } from '../graphql/ml-activity';
import { useAnalyticsFilters } from './use-analytics-filters';

/** The Mission Locale activity of the period and branch chosen (asked only once the dates are valid). */
export function useMlActivity() {
  const filters = useAnalyticsFilters();
  const { period, branchId } = filters;
  const { data, previousData, loading, error, refetch } = useQuery(ML_ACTIVITY_QUERY, {
    variables: { filter: { from: period.from, to: period.to, branchId } },
    skip: !period.valid,
  });
  return {
    filters,
    activity: (data ?? previousData)?.missionLocaleActivity,
    loading: loading || !period.valid,
    error,
    refetch,
  };
}
