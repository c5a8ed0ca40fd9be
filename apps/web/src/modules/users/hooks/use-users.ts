import { useMutation, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { Permission, Role } from '@passerelle/domain';
import { useState } from 'react';
import type { UserFieldsFragment } from '../../../generated/graphql';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useMe, useSession } from '../../auth';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { REMOVE_MEMBERSHIP_MUTATION, USERS_QUERY } from '../graphql/users';

/** The structure's members, searched and filtered by role a page at a time; the dialogs open and the removal. */
export function useUsers() {
  const me = useMe();
  const { can } = useSession();
  const structure = me.currentStructure;
  const isPlatformAdmin = can(Permission.PLATFORM_ADMIN);
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const pages = useCursorPages(`${structure?.id}|${debouncedSearch}|${role}`);
  const [creating, setCreating] = useState(false);
  const [changingRole, setChangingRole] = useState<UserFieldsFragment | null>(null);
  const [removing, setRemoving] = useState<UserFieldsFragment | null>(null);
  const [removeMembership, removal] = useMutation(REMOVE_MEMBERSHIP_MUTATION, {
    refetchQueries: ['Users', 'Dashboard'],
  });
  const { data, previousData, loading, error, refetch } = useQuery(USERS_QUERY, {
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      filter: { search: debouncedSearch || null, role: role || null },
    },
    skip: !structure,
  });
  const connection = (data ?? previousData)?.users;
  const records = connection?.edges.map((edge) => edge.node) ?? [];

  async function confirmRemove() {
    if (!removing || !structure) return;
    try {
      await removeMembership({ variables: { input: { userId: removing.id, structureId: structure.id } } });
      notifySuccess(`${removing.fullName} n’a plus accès à ${structure.name}.`);
      setRemoving(null);
    } catch (error) {
      notifyError(error);
    }
  }

  return {
    me,
    structure,
    isPlatformAdmin,
    search,
    setSearch,
    role,
    setRole,
    creating,
    setCreating,
    changingRole,
    setChangingRole,
    removing,
    setRemoving,
    removal,
    confirmRemove,
    list: { pages, connection, records, loading, error, refetch },
  };
}
