import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { OperatorType, Permission } from '@passerelle/domain';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { notifySuccess } from '../../../lib/notify';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useMe, useSession } from '../../auth';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { BRANCHES_QUERY, PARTICIPANTS_QUERY } from '../graphql/participants';
import {
  deleteSavedSearch,
  EMPTY_FILTERS,
  filtersFromParams,
  filtersToParams,
  readSavedSearches,
  saveSearch,
  toParticipantFilter,
  type ParticipantListFilters,
  type SavedSearch,
} from '../participant-rules';

/**
 * The structure's participants, filtered in the address (the name search after a pause in typing), a page at a time;
 * and the searches saved on this computer (named, applied, deleted).
 */
export function useParticipants() {
  const me = useMe();
  const { can } = useSession();
  const structure = me.currentStructure;
  // PLIE parcours statuses only mean something in a PLIE.
  const isPlie = structure?.operatorType === OperatorType.PLIE;
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  // The name search is typed freely and applied after a pause; the other filters apply at once.
  const [search, setSearch] = useState(filters.search);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const applied: ParticipantListFilters = { ...filters, search: debouncedSearch };
  const key = filtersToParams(applied).toString();
  const pages = useCursorPages(`${structure?.id}|${key}`);
  const [savedSearches, setSavedSearches] = useState<SavedSearch[]>(() =>
    structure ? readSavedSearches(localStorage, me.id, structure.id) : [],
  );
  const [naming, setNaming] = useState(false);
  const [searchName, setSearchName] = useState('');

  // Once the typing has settled, the name search goes to the address bar like the other filters.
  useEffect(() => {
    if (debouncedSearch === search.trim() && debouncedSearch !== filters.search) {
      setParams(filtersToParams({ ...filters, search: debouncedSearch }), { replace: true });
    }
  }, [debouncedSearch, search, filters, setParams]);

  const branchesQuery = useQuery(BRANCHES_QUERY, { variables: { id: structure?.id ?? '' }, skip: !structure });
  const branches = branchesQuery.data?.structure.branches ?? [];
  const branchNames = Object.fromEntries(branches.map((b) => [b.id, b.name]));
  const { data, previousData, loading, error, refetch } = useQuery(PARTICIPANTS_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, filter: toParticipantFilter(applied) },
    skip: !structure,
  });
  const connection = (data ?? previousData)?.participants;
  const records = connection?.edges.map((edge) => edge.node) ?? [];

  function setFilters(next: ParticipantListFilters) {
    setParams(filtersToParams(next), { replace: true });
  }
  function update<K extends keyof ParticipantListFilters>(field: K, value: ParticipantListFilters[K]) {
    setFilters({ ...applied, [field]: value });
  }
  function applySaved(saved: SavedSearch) {
    setSearch(saved.filters.search);
    setFilters(saved.filters);
  }
  function reset() {
    setSearch('');
    setFilters(EMPTY_FILTERS);
  }
  function confirmSave() {
    if (!structure || !searchName.trim()) return;
    setSavedSearches(saveSearch(localStorage, me.id, structure.id, { name: searchName, filters: applied }));
    notifySuccess(`La recherche « ${searchName.trim()} » est enregistrée sur ce poste.`);
    setNaming(false);
    setSearchName('');
  }
  function deleteSaved(name: string) {
    if (!structure) return;
    setSavedSearches(deleteSavedSearch(localStorage, me.id, structure.id, name));
  }

  return {
    structure,
    isPlie,
    canWrite: can(Permission.PARTICIPANTS_WRITE),
    filters,
    applied,
    search,
    setSearch,
    update,
    reset,
    branches,
    branchNames,
    saved: { searches: savedSearches, apply: applySaved, remove: deleteSaved },
    naming: { opened: naming, setOpened: setNaming, name: searchName, setName: setSearchName, confirm: confirmSave },
    list: { pages, connection, records, loading, error, refetch },
  };
}
