import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { todayInParis } from '../../../lib/format';
import { useMe } from '../../auth';
import { defaultPeriod } from '../drop-off-rules';
import { DROP_OFF_BRANCHES_QUERY } from '../graphql/drop-off';
import { ML_ACTIVITY_QUERY } from '../graphql/ml-activity';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The Mission Locale activity of the period and branch chosen (asked only once the dates are valid). */
export function useMlActivity() {
  const me = useMe();
  const structureId = me.currentStructure?.id ?? '';
  const initial = defaultPeriod(todayInParis());
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [branchId, setBranchId] = useState<string | null>(null);
  const valid = isDay(from) && isDay(to);
  const { data: branchData } = useQuery(DROP_OFF_BRANCHES_QUERY, {
    variables: { id: structureId },
    skip: !structureId,
  });
  const { data, previousData, loading, error, refetch } = useQuery(ML_ACTIVITY_QUERY, {
    variables: { filter: { from, to, branchId } },
    skip: !valid,
  });
  return {
    filters: { from, setFrom, to, setTo, branchId, setBranchId, valid },
    branches: branchData?.structure.branches ?? [],
    activity: (data ?? previousData)?.missionLocaleActivity,
    loading,
    error,
    refetch,
  };
}
