import { useQuery } from '@apollo/client/react';
import { useMe } from '../../auth';
import { HOME_QUERY } from '../graphql/home';

/** The current user's work lists by role (nothing asked while I belong to no structure). */
export function useHome() {
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(HOME_QUERY, { skip: !me.currentStructure });
  return { home: data?.home, loading, error, refetch };
}
