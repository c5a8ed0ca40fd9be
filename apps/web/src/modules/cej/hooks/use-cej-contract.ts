import { useQuery } from '@apollo/client/react';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { useSession } from '../../auth';
import { useTabParam } from '../../common/hooks/use-tab-param';
import { contractActions, type ContractAction } from '../cej-rules';
import { CEJ_CONTRACT_ACTIONS_QUERY, CEJ_CONTRACT_QUERY } from '../graphql/cej';

export const CONTRACT_TABS = [
  'planning',
  'suivi',
  'positionnement',
  'allocation',
  'livret',
  'numerique',
  'retours',
  'historique',
] as const;

/** A CEJ contract, the tab open, the actions my permissions allow on it and the one being taken. */
export function useCejContract(id: string) {
  const { can } = useSession();
  const { tab, openTab } = useTabParam(CONTRACT_TABS);
  const [action, setAction] = useState<ContractAction | null>(null);
  const { data, loading, error, refetch } = useQuery(CEJ_CONTRACT_QUERY, { variables: { id } });
  const contract = data?.cejContract;
  const canWrite = can(Permission.CEJ_WRITE);
  const actions = contract
    ? contractActions(contract, { write: canWrite, coordinate: can(Permission.CEJ_COORDINATE) })
    : [];

  return { contract, loading, error, refetch, canWrite, actions, action, setAction, tab, openTab };
}

/** The contract's action booklet, most recent first. */
export function useCejContractActions(contractId: string) {
  const { data, loading, error, refetch } = useQuery(CEJ_CONTRACT_ACTIONS_QUERY, { variables: { id: contractId } });
  const actions = [...(data?.cejContract.actions ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  return { actions, loading, error, refetch };
}
