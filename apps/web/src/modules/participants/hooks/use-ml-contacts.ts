import { useMutation, useQuery } from '@apollo/client/react';
import { OperatorType, Permission } from '@passerelle/domain';
import { useState } from 'react';
import { useMe, useSession } from '../../auth';
import { BRANCHES_QUERY } from '../graphql/participants';
import { ML_CONTACTS_QUERY, RECORD_ML_CONTACT_MUTATION } from '../graphql/ml-contacts';

/** Whether the current structure is a Mission Locale: only there are contacts with young people recorded. */
export function useIsMissionLocale(): boolean {
  return useMe().currentStructure?.operatorType === OperatorType.MISSION_LOCALE;
}

/** A young person's Mission Locale contacts, most recent first, and whether I may record one. */
export function useMlContacts(participantId: string) {
  const { can } = useSession();
  const { data, loading, error, refetch } = useQuery(ML_CONTACTS_QUERY, { variables: { participantId } });
  const [recording, setRecording] = useState(false);
  return {
    contacts: data?.mlContacts ?? null,
    loading,
    error,
    refetch,
    canRecord: can(Permission.PARTICIPANTS_WRITE),
    recording,
    setRecording,
  };
}

/** The recording dialog's data: the structure's branches, me as the default counsellor, and the mutation. */
export function useRecordMlContact() {
  const me = useMe();
  const structureId = me.currentStructure?.id ?? '';
  const branches = useQuery(BRANCHES_QUERY, { variables: { id: structureId }, skip: !structureId });
  const [record, { loading }] = useMutation(RECORD_ML_CONTACT_MUTATION, {
    refetchQueries: ['MlContacts', 'MissionLocaleActivity'],
  });
  return {
    me: { id: me.id, fullName: me.fullName },
    branches: branches.data?.structure.branches.map((b) => ({ value: b.id, label: b.name })) ?? [],
    record,
    loading,
  };
}
