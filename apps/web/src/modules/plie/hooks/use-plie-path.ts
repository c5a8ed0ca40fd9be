import { useQuery } from '@apollo/client/react';
import { PLIE_PATH_QUERY } from '../graphql/paths';

/** A PLIE path with its participant's name and contact: the page of a provider's référent. */
export function usePliePath(id: string) {
  const { data, loading, error, refetch } = useQuery(PLIE_PATH_QUERY, { variables: { id } });
  return { path: data?.pliePath, loading, error, refetch };
}
