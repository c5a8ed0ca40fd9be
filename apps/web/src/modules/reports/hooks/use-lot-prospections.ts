import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { LOT_PROSPECTIONS_QUERY, RECORD_PROSPECTION_MUTATION } from '../graphql/prospections';

/** The structures prospected on a lot over a report's period, and the recording dialog (the lot's provider only). */
export function useLotProspections(lotId: string, from: string, to: string) {
  const { data, loading, error, refetch } = useQuery(LOT_PROSPECTIONS_QUERY, {
    variables: { filter: { lotId, from, to } },
  });
  const [recording, setRecording] = useState(false);
  return {
    prospections: data?.prospections.edges.map((edge) => edge.node) ?? null,
    totalCount: data?.prospections.totalCount ?? 0,
    loading,
    error,
    refetch,
    recording,
    setRecording,
  };
}

/** Records a prospected structure; the report's figures (computed live until submission) are read again. */
export function useRecordProspection() {
  const [record, { loading }] = useMutation(RECORD_PROSPECTION_MUTATION, {
    refetchQueries: ['LotProspections', 'Report'],
    awaitRefetchQueries: true,
  });
  return { record, loading };
}
