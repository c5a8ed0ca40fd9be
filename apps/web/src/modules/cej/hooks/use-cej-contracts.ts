import { useQuery } from '@apollo/client/react';
import { Permission } from '@passerelle/domain';
import { useSearchParams } from 'react-router';
import type { CejContractRowFieldsFragment } from '../../../generated/graphql';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useMe, useSession } from '../../auth';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { cejFiltersToParams, parseCejFilters, toContractFilter, type CejListFilters } from '../cej-rules';
import { CEJ_ATTENTION_QUERY, CEJ_BRANCHES_QUERY, CEJ_CONTRACTS_QUERY } from '../graphql/cej';

export interface CejContractRow {
  contract: CejContractRowFieldsFragment;
  reasons?: string[];
  week?: { plannedHours: number; doneHours: number };
}

/**
 * The structure's CEJ contracts, filtered in the address (`update` rewrites it); or, with the attention filter,
 * those needing attention, most urgent first. `active` is the query the table shows.
 */
export function useCejContracts() {
  const me = useMe();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = parseCejFilters(params);
  const structureId = me.currentStructure?.id;
  const pages = useCursorPages(`${structureId}|${params.toString()}`);
  const coordinator = can(Permission.CEJ_COORDINATE);

  const listQuery = useQuery(CEJ_CONTRACTS_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, filter: toContractFilter(filters) },
    skip: !structureId || filters.attention,
  });
  const attentionQuery = useQuery(CEJ_ATTENTION_QUERY, {
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      allCounsellors: coordinator && !filters.counsellorUserId,
      counsellorUserId: filters.counsellorUserId || null,
    },
    skip: !structureId || !filters.attention,
  });
  const branchesQuery = useQuery(CEJ_BRANCHES_QUERY, { variables: { id: structureId ?? '' }, skip: !structureId });
  const branches = branchesQuery.data?.structure.branches ?? [];

  const active = filters.attention ? attentionQuery : listQuery;
  const list = (listQuery.data ?? listQuery.previousData)?.cejContracts;
  const attention = (attentionQuery.data ?? attentionQuery.previousData)?.cejContractsNeedingAttention;
  const connection = filters.attention ? attention : list;
  const rows: CejContractRow[] = filters.attention
    ? (attention?.edges.map(({ node }) => ({ contract: node.contract, reasons: node.reasons, week: node })) ?? [])
    : (list?.edges.map(({ node }) => ({ contract: node })) ?? []);

  function update<K extends keyof CejListFilters>(key: K, value: CejListFilters[K]) {
    setParams(cejFiltersToParams({ ...filters, [key]: value }), { replace: true });
  }

  return { filters, update, branches, active, connection, rows, pages, canWrite: can(Permission.CEJ_WRITE) };
}
