import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { ApiKeyFieldsFragment, CreateApiKeyMutation } from '../../../generated/graphql';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useMe } from '../../auth';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { API_KEYS_QUERY, REVOKE_API_KEY_MUTATION } from '../graphql/api-keys';

/** The structure's API keys a page at a time, the secret shown once after creation, and the revocation. */
export function useApiKeys() {
  const me = useMe();
  const pages = useCursorPages(me.currentStructure?.id ?? '');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreateApiKeyMutation['createApiKey'] | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);
  const [revokeApiKey, revocation] = useMutation(REVOKE_API_KEY_MUTATION, { refetchQueries: ['Dashboard'] });
  const { data, previousData, loading, error, refetch } = useQuery(API_KEYS_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after },
  });
  const connection = (data ?? previousData)?.apiKeys;
  const records = connection?.edges.map((edge) => edge.node) ?? [];

  async function confirmRevoke() {
    if (!revoking) return;
    try {
      await revokeApiKey({ variables: { id: revoking.id } });
      notifySuccess(`La clé « ${revoking.name} » est révoquée : elle ne donne plus accès à l’API.`);
      setRevoking(null);
    } catch (error) {
      notifyError(error);
    }
  }

  return {
    me,
    creating,
    setCreating,
    created,
    setCreated,
    revoking,
    setRevoking,
    revocation,
    confirmRevoke,
    list: { pages, connection, records, loading, error, refetch },
  };
}
