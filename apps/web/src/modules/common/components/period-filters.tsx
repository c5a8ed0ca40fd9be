import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Period } from '../hooks/use-period';
import { DayInput } from './day-input';

/** A figures page's filter bar: the period's "Du" and "Au" days, then the page's other filters or actions. */
export function PeriodFilters({ period, children }: { period: Period; children?: ReactNode }) {
  return (
    <Group gap="sm" align="flex-end">
      <DayInput label="Du" value={period.from} onChange={period.setFrom} w={170} />
      <DayInput label="Au" value={period.to} onChange={period.setTo} w={170} />
      {children}
    </Group>
  );
}
