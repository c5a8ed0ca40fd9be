import { useMutation, useQuery } from '@apollo/client/react';
import {
  CEJ_DIGITAL_MONTHLY_TABLE_QUERY,
  CEJ_RECEIVED_YOUNG_PERSON_QUERY,
  RECORD_CEJ_PROVIDER_SESSION_ATTENDANCE_MUTATION,
  RECORD_CEJ_PROVIDER_WORKSHOP_ATTENDANCE_MUTATION,
  SAVE_CEJ_MONTHLY_RETURN_MUTATION,
  SUBMIT_CEJ_MONTHLY_RETURN_MUTATION,
} from '../graphql/cej-provider';

const REFETCH = ['CejReceivedYoungPerson'];

/** The Mission Locale's monthly digital-path table for one month. */
export function useCejDigitalMonthlyTable(month: string) {
  return useQuery(CEJ_DIGITAL_MONTHLY_TABLE_QUERY, { variables: { month } });
}

/** A young person a provider receives through one of its CEJ lots. */
export function useCejReceivedYoungPerson(lotId: string, contractId: string) {
  return useQuery(CEJ_RECEIVED_YOUNG_PERSON_QUERY, { variables: { lotId, contractId } });
}

/** The provider's attendance records: promo workshop days and digital workshops. */
export function useCejProviderAttendance() {
  const [record] = useMutation(RECORD_CEJ_PROVIDER_SESSION_ATTENDANCE_MUTATION, { refetchQueries: REFETCH });
  const [recordDigital] = useMutation(RECORD_CEJ_PROVIDER_WORKSHOP_ATTENDANCE_MUTATION, { refetchQueries: REFETCH });
  return { record, recordDigital };
}

/**
 * Saving a monthly return as a draft, and submitting it to the counsellor. Transmitting saves then submits: the save's
 * refetch is awaited, or its older answer (a draft) could land after the submission and show it as a draft again.
 */
export function useCejMonthlyReturnActions() {
  const options = { refetchQueries: REFETCH, awaitRefetchQueries: true };
  const [save, saving] = useMutation(SAVE_CEJ_MONTHLY_RETURN_MUTATION, options);
  const [submit, submitting] = useMutation(SUBMIT_CEJ_MONTHLY_RETURN_MUTATION, options);
  return { save, saving, submit, submitting };
}
