import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Role } from '@passerelle/domain';
import { useState } from 'react';
import { useMe } from '../../auth';
import { REFERENT_CANDIDATES_QUERY } from '../graphql/participants';

/** Roles that can follow a participant (the API refuses any other référent). */
const REFERENT_ROLES: readonly Role[] = [Role.COUNSELLOR, Role.COORDINATOR];

type ReferentSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: string;
  onChange(value: string): void;
  /** The person already chosen, so that their name shows before any search. */
  current?: { id: string; fullName: string } | null;
};

/**
 * Picks a référent among the structure's counsellors and coordinators, searched by name on the server (20 at a
 * time, never the whole list).
 */
export function ReferentSelect({ value, onChange, current, ...props }: ReferentSelectProps) {
  const me = useMe();
  const structureId = me.currentStructure?.id;
  const [search, setSearch] = useState('');
  // Names of the people picked so far: the chosen one keeps its label whatever the last search returned.
  const [known, setKnown] = useState<Record<string, string>>(() => (current ? { [current.id]: current.fullName } : {}));
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // Once a person is picked, the box shows their name: that is not a new search.
  const searching = debounced && debounced !== known[value] ? debounced : null;
  const { data, previousData, loading } = useQuery(REFERENT_CANDIDATES_QUERY, {
    variables: { first: 20, filter: { search: searching } },
    skip: !structureId,
  });
  const users = (data ?? previousData)?.users.edges.map((edge) => edge.node) ?? [];
  const options = users
    .filter((user) => user.memberships.some((m) => m.structure.id === structureId && REFERENT_ROLES.includes(m.role)))
    .map((user) => ({ value: user.id, label: user.fullName }));
  if (value && known[value] && !options.some((o) => o.value === value)) options.unshift({ value, label: known[value] });
  return (
    <Select
      searchable
      clearable
      data={options}
      value={value || null}
      onChange={(next, option) => {
        if (next && option) setKnown((names) => ({ ...names, [next]: option.label }));
        onChange(next ?? '');
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? 'Recherche…' : 'Aucun membre ne correspond'}
      placeholder="Rechercher par nom"
      {...props}
    />
  );
}
