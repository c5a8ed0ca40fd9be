import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { todayInParis } from '../../../lib/format';
import { useMe } from '../../auth';
import { usePeriod } from '../../common/hooks/use-period';
import { defaultPeriod } from '../drop-off-rules';
import { DROP_OFF_BRANCHES_QUERY } from '../graphql/drop-off';

/** An analysis page's period (the default one to start with), its branch filter and the branches to choose from. */
export function useAnalyticsFilters() {
  const me = useMe();
  const structureId = me.currentStructure?.id ?? '';
  const period = usePeriod(defaultPeriod(todayInParis()));
  const [branchId, setBranchId] = useState<string | null>(null);
  const { data: branchData } = useQuery(DROP_OFF_BRANCHES_QUERY, {
    variables: { id: structureId },
    skip: !structureId,
  });
  return { period, branchId, setBranchId, branches: branchData?.structure.branches ?? [] };
}

export type AnalyticsFilters = ReturnType<typeof useAnalyticsFilters>;
