import { useQuery } from '@apollo/client/react';
import { useMe } from '../../auth';
import { DASHBOARD_QUERY } from '../graphql/dashboard';

/** The current structure's details and figures, for its direction (nothing asked for other roles). */
export function useDashboard(wanted: boolean) {
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(DASHBOARD_QUERY, { skip: !wanted || !me.currentStructure });
  return { me, dashboard: data?.dashboard, loading, error, refetch };
}
