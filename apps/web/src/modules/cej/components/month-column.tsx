import { Text } from '@mantine/core';
import type { DataTableColumn } from 'mantine-datatable';
import { formatMonth } from '../cej-rules';

/** The first column of a contract's month-by-month tables: the month, spelled out ("mars 2026"). */
export function monthColumn<T extends { month: string }>(): DataTableColumn<T> {
  return {
    accessor: 'month',
    title: 'Mois',
    render: (m) => (
      <Text tt="capitalize" size="sm">
        {formatMonth(m.month)}
      </Text>
    ),
  };
}
