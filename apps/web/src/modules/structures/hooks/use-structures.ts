import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { StructureKind } from '@passerelle/domain';
import { useState } from 'react';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useSession } from '../../auth';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { STRUCTURES_QUERY } from '../graphql/structures';

/** The structures of the platform, searched and filtered by kind, a page at a time. */
export function useStructures() {
  const { can } = useSession();
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<StructureKind | ''>('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const pages = useCursorPages(`${debouncedSearch}|${kind}`);
  const { data, previousData, loading, error, refetch } = useQuery(STRUCTURES_QUERY, {
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      filter: { search: debouncedSearch || null, kind: kind || null },
    },
  });
  const connection = (data ?? previousData)?.structures;
  const records = connection?.edges.map((edge) => edge.node) ?? [];

  return { can, search, setSearch, kind, setKind, list: { pages, connection, records, loading, error, refetch } };
}
