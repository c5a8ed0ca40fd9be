import { useQuery } from '@apollo/client/react';
import { useMe } from '../../auth';
import { DASHBOARD_QUERY } from '../graphql/dashboard';

/** The current structure's dashboard figures (nothing asked while I belong to no structure). */
export function useDashboard() {
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(DASHBOARD_QUERY, { skip: !me.currentStructure });
  return { me, dashboard: data?.dashboard, loading, error, refetch };
}
