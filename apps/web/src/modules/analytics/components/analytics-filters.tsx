import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { PeriodFilters } from '../../common/components/period-filters';
import type { AnalyticsFilters as Filters } from '../hooks/use-analytics-filters';

/** An analysis page's filters: the period, the branch (all by default), then the page's own. */
export function AnalyticsFilters({ filters, children }: { filters: Filters; children?: ReactNode }) {
  return (
    <PeriodFilters period={filters.period}>
      <Select
        label="Antenne"
        placeholder="Toutes les antennes"
        clearable
        data={filters.branches.map((b) => ({ value: b.id, label: b.name }))}
        value={filters.branchId}
        onChange={filters.setBranchId}
        w={240}
      />
      {children}
    </PeriodFilters>
  );
}
