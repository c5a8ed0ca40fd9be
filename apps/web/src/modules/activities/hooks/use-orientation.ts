import { useMutation, useQuery } from '@apollo/client/react';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useMe, useSession } from '../../auth';
import { sheetOwed } from '../activity-rules';
import { DECIDE_EXIT_PROPOSAL_MUTATION, ORIENTATION_QUERY } from '../graphql/activities';

export type OrientationDialog = 'entry' | 'exit' | 'interview' | 'reminder' | 'immersion' | null;

/** One orientation, what the provider may do on it, the dialog open, and the decision on an exit proposal. */
export function useOrientation(id: string) {
  const me = useMe();
  const { can } = useSession();
  const [dialog, setDialog] = useState<OrientationDialog>(null);
  const { data, loading, error, refetch } = useQuery(ORIENTATION_QUERY, { variables: { id } });
  const [decide, { loading: deciding }] = useMutation(DECIDE_EXIT_PROPOSAL_MUTATION, {
    refetchQueries: ['Orientation'],
  });
  const orientation = data?.orientation;
  const isProvider = me.currentStructure?.id === orientation?.provider.id;

  async function decideProposal(proposalId: string, version: number, accept: boolean) {
    try {
      await decide({ variables: { input: { id: proposalId, version, accept } } });
      notifySuccess(
        accept
          ? 'La sortie pour perte de contact est validée : la fiche de sortie devient due.'
          : 'La proposition de sortie est écartée.',
      );
    } catch (err) {
      notifyError(err);
    }
  }

  return {
    orientation,
    loading,
    error,
    refetch,
    canAct: isProvider && can(Permission.ACTIVITIES_WRITE),
    /** The operator's side: the participant's file, and the decision on a provider's exit proposal. */
    canOpenParticipant: !isProvider && can(Permission.PARTICIPANTS_READ),
    canDecideExit: !isProvider && can(Permission.ORIENTATIONS_WRITE),
    owed: orientation ? sheetOwed(orientation) : null,
    dialog,
    setDialog,
    decideProposal,
    deciding,
  };
}
