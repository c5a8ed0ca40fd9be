import { useQuery } from '@apollo/client/react';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { useSession } from '../../auth';
import { DELIVERED_LOTS_QUERY } from '../../activities';
import { useTabParam } from '../../common/hooks/use-tab-param';

export const WORKSPACE_TABS = ['a-traiter', 'retards', 'en-cours', 'seances', 'temps', 'candidatures', 'cej'] as const;

/** The provider's delivered lots, the tab open (kept in the address) and the session being scheduled. */
export function useProviderWorkspace() {
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const { tab, openTab } = useTabParam(WORKSPACE_TABS);
  const { data, error, refetch } = useQuery(DELIVERED_LOTS_QUERY, { variables: { first: 100 } });
  const lots = data?.lots.edges.map((edge) => edge.node) ?? [];

  return {
    canSchedule: can(Permission.ACTIVITIES_WRITE) && lots.length > 0,
    tab,
    openTab,
    lots,
    loaded: Boolean(data),
    error,
    refetch,
    creating,
    setCreating,
  };
}
