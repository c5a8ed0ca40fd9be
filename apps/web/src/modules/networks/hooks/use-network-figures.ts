import { useQuery } from '@apollo/client/react';
import { NETWORK_FIGURES_QUERY } from '../graphql/network-figures';

/** The current network's figures, member by member, for a valid period (skipped otherwise). */
export function useNetworkFigures(from: string, to: string, valid: boolean) {
  const { data, previousData, loading, error, refetch } = useQuery(NETWORK_FIGURES_QUERY, {
    variables: { filter: { from, to } },
    skip: !valid,
  });
  return { figures: (data ?? previousData)?.networkFigures, loading, error, refetch };
}
