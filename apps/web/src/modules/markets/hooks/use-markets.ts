import { useQuery } from '@apollo/client/react';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useMe, useSession } from '../../auth';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import type { EditedMarket } from '../components/market-form-modal';
import { MARKETS_QUERY } from '../graphql/markets';

export type Editing = { kind: 'market'; market?: EditedMarket } | { kind: 'lot'; marketId: string; nextNumber: number };

/** The structure's markets and their lots, a page at a time, and the market or lot being edited. */
export function useMarkets() {
  const me = useMe();
  const { can } = useSession();
  const pages = useCursorPages(`${me.currentStructure?.id}`);
  const { data, previousData, loading, error, refetch } = useQuery(MARKETS_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after },
  });
  const connection = (data ?? previousData)?.markets;
  const markets = connection?.edges.map((edge) => edge.node) ?? [];
  const manages = can(Permission.MARKETS_MANAGE) && me.currentStructure?.kind === 'OPERATOR';
  const [editing, setEditing] = useState<Editing | null>(null);

  return { can, pages, loading, error, refetch, connection, markets, manages, editing, setEditing };
}
