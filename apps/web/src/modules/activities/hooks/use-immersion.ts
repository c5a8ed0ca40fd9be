import { useMutation, useQuery } from '@apollo/client/react';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useMe, useSession } from '../../auth';
import { ORIENTATION_QUERY, RECORD_IMMERSION_START_MUTATION } from '../graphql/activities';

/** An immersion of an orientation, whether the provider may still act on it, its start meeting and end sheet. */
export function useImmersion(orientationId: string, id: string) {
  const me = useMe();
  const { can } = useSession();
  const [exitSheet, setExitSheet] = useState(false);
  const { data, loading, error, refetch } = useQuery(ORIENTATION_QUERY, { variables: { id: orientationId } });
  const [recordStart, { loading: starting }] = useMutation(RECORD_IMMERSION_START_MUTATION, {
    refetchQueries: ['Orientation'],
  });
  const orientation = data?.orientation;
  const immersion = orientation?.immersions.find((i) => i.id === id);
  const canAct =
    !!orientation &&
    !!immersion &&
    me.currentStructure?.id === orientation.provider.id &&
    can(Permission.ACTIVITIES_WRITE) &&
    !immersion.coSigned;

  async function startMeeting() {
    if (!immersion) return;
    try {
      await recordStart({ variables: { input: { id: immersion.id, version: immersion.version, on: todayInParis() } } });
      notifySuccess('L’entretien tripartite de démarrage est enregistré.');
    } catch (err) {
      notifyError(err);
    }
  }

  return { orientation, immersion, loading, error, refetch, canAct, startMeeting, starting, exitSheet, setExitSheet };
}
