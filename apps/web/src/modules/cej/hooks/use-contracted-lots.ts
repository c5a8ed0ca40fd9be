import { useMutation, useQuery } from '@apollo/client/react';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { CEJ_CONTRACTED_LOTS_QUERY, SET_CEJ_CONTRACT_DIGITAL_LOT_MUTATION } from '../graphql/cej-digital';

/**
 * The structure's lots that a CEJ workshop or a young person can go to (awarded, convention signed), as select
 * options "MARKET – lot N · Provider": the API refuses any other.
 */
export function useContractedLots() {
  const { data, loading } = useQuery(CEJ_CONTRACTED_LOTS_QUERY);
  const lots = (data?.lots.edges ?? [])
    .map((edge) => edge.node)
    .filter((lot) => lot.awardedProvider && lot.conventionSignedOn);
  return {
    loading,
    options: lots.map((lot) => ({
      value: lot.id,
      label: `${lot.market.reference} – lot ${lot.number} · ${lot.awardedProvider!.name}`,
    })),
  };
}

/** Orients a young person to a digital-path lot (its provider receives them), or takes them out of it. */
export function useDigitalLot(contract: { id: string; version: number }) {
  const [set, { loading }] = useMutation(SET_CEJ_CONTRACT_DIGITAL_LOT_MUTATION, {
    refetchQueries: ['CejDigital'],
  });
  async function change(lotId: string | null) {
    try {
      await set({ variables: { input: { contractId: contract.id, version: contract.version, lotId } } });
      notifySuccess(
        lotId
          ? 'Le jeune est orienté vers le parcours numérique du prestataire.'
          : 'Le jeune ne suit plus le parcours numérique d’un prestataire.',
      );
    } catch (error) {
      notifyError(error);
    }
  }
  return { change, loading };
}
