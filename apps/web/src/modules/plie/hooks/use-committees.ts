import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { addDays, todayInParis } from '../../../lib/format';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useMe, useSession } from '../../auth';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { APPROVAL_COMMITTEES_QUERY } from '../graphql/committees';

export type Period = 'upcoming' | 'past' | 'all';

/** The approval committee sessions (upcoming, past or all), a page at a time. */
export function useCommittees() {
  const me = useMe();
  const { can } = useSession();
  const [period, setPeriod] = useState<Period>('upcoming');
  const [creating, setCreating] = useState(false);
  const today = todayInParis();
  const pages = useCursorPages(`${me.currentStructure?.id}|${period}`);
  const filter = period === 'upcoming' ? { from: today } : period === 'past' ? { to: addDays(today, -1) } : null;
  const { data, previousData, loading, error, refetch } = useQuery(APPROVAL_COMMITTEES_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, filter },
  });
  const connection = (data ?? previousData)?.approvalCommittees;
  const records = connection?.edges.map((edge) => edge.node) ?? [];

  return {
    can,
    period,
    setPeriod,
    creating,
    setCreating,
    list: { pages, connection, records, loading, error, refetch },
  };
}
