import { useMutation, useQuery } from '@apollo/client/react';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useSession } from '../../auth';
import { CEJ_COHORT_QUERY, REMOVE_CEJ_COHORT_MEMBER_MUTATION } from '../graphql/cej-cohorts';

export type CohortDialog = 'edit' | 'session' | 'members' | null;

/** A promo, the dialog open on it (edit, workshop day, members) and the removal of a member. */
export function useCejCohort(id: string) {
  const { can } = useSession();
  const [dialog, setDialog] = useState<CohortDialog>(null);
  const { data, loading, error, refetch } = useQuery(CEJ_COHORT_QUERY, { variables: { id } });
  const [remove] = useMutation(REMOVE_CEJ_COHORT_MEMBER_MUTATION, { refetchQueries: ['CejCohort', 'CejCohorts'] });
  const cohort = data?.cejCohort;

  async function removeMember(contractId: string) {
    if (!cohort) return;
    try {
      await remove({ variables: { input: { cohortId: cohort.id, contractId } } });
      notifySuccess('Le contrat quitte la promo ; ses journées encore prévues quittent son planning.');
    } catch (err) {
      notifyError(err);
    }
  }

  return { cohort, loading, error, refetch, canWrite: can(Permission.CEJ_WRITE), dialog, setDialog, removeMember };
}
