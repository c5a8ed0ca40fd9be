import { useQuery } from '@apollo/client/react';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { useMe, useSession } from '../../auth';
import { LOT_QUERY } from '../graphql/markets';

/** A lot, whether my structure delivers it or manages it, and the lot edit / session scheduling being open. */
export function useLot(id: string) {
  const me = useMe();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(LOT_QUERY, { variables: { id } });
  const lot = data?.lot;
  const delivers = Boolean(lot?.conventionSignedOn) && lot?.awardedProvider?.id === me.currentStructure?.id;
  // Bids are only ever sent to the lot's operator (a provider gets an empty list); only an operator manages markets.
  const manages = can(Permission.MARKETS_MANAGE) && me.currentStructure?.kind === 'OPERATOR';

  return {
    lot,
    loading,
    error,
    refetch,
    manages,
    canSchedule: delivers && can(Permission.ACTIVITIES_WRITE),
    creating,
    setCreating,
    editing,
    setEditing,
  };
}
