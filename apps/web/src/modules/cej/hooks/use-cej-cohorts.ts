import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CejCohortPeriod } from '../../../generated/graphql';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useMe, useSession } from '../../auth';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { CEJ_BRANCHES_QUERY } from '../graphql/cej';
import { CEJ_COHORTS_QUERY } from '../graphql/cej-cohorts';

/** The structure's CEJ cohorts, filtered in the address, a page at a time. */
export function useCejCohorts() {
  const me = useMe();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = {
    counsellorUserId: params.get('conseiller') ?? '',
    branchId: params.get('antenne') ?? '',
    period: params.get('periode') ?? 'RUNNING',
  };
  const structureId = me.currentStructure?.id;
  const pages = useCursorPages(`${structureId}|${params.toString()}`);
  const [creating, setCreating] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(CEJ_COHORTS_QUERY, {
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      filter: {
        counsellorUserId: filters.counsellorUserId || null,
        branchId: filters.branchId || null,
        period: (filters.period || null) as CejCohortPeriod | null,
      },
    },
    skip: !structureId,
  });
  const branches =
    useQuery(CEJ_BRANCHES_QUERY, { variables: { id: structureId ?? '' }, skip: !structureId }).data?.structure
      .branches ?? [];
  const connection = (data ?? previousData)?.cejCohorts;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  function update(key: 'conseiller' | 'antenne' | 'periode', value: string) {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (!value && key !== 'periode') next.delete(key);
    setParams(next, { replace: true });
  }
  return { can, filters, pages, creating, setCreating, loading, error, refetch, connection, rows, update, branches };
}
