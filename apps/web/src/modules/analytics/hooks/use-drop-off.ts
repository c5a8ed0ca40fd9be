import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { todayInParis } from '../../../lib/format';
import { useMe } from '../../auth';
import { defaultPeriod } from '../drop-off-rules';
import { DROP_OFF_BRANCHES_QUERY, DROP_OFF_QUERY } from '../graphql/drop-off';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The drop-off analysis of the period, branch and return window chosen (asked only once the filters are valid). */
export function useDropOff() {
  const me = useMe();
  const structureId = me.currentStructure?.id ?? '';
  const initial = defaultPeriod(todayInParis());
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [branchId, setBranchId] = useState<string | null>(null);
  const [windowDays, setWindowDays] = useState<number>(90);
  const valid = isDay(from) && isDay(to) && windowDays >= 7 && windowDays <= 365;
  const { data: branchData } = useQuery(DROP_OFF_BRANCHES_QUERY, {
    variables: { id: structureId },
    skip: !structureId,
  });
  const { data, previousData, loading, error, refetch } = useQuery(DROP_OFF_QUERY, {
    variables: { filter: { from, to, branchId, windowDays } },
    skip: !valid,
  });

  return {
    filters: { from, setFrom, to, setTo, branchId, setBranchId, windowDays, setWindowDays, valid },
    branches: branchData?.structure.branches ?? [],
    analysis: (data ?? previousData)?.dropOffAnalysis,
    loading,
    error,
    refetch,
  };
}
