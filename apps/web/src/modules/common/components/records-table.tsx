import type { MantineStyleProp } from '@mantine/core';
import { DataTable, type DataTableColumn } from 'mantine-datatable';
import type { Key } from 'react';
import type { CursorPages } from '../hooks/use-cursor-pages';
import { CursorPagination, type PagedConnection } from './cursor-pagination';

interface RecordsTableProps<T> {
  records: T[];
  columns: DataTableColumn<T>[];
  noRecordsText: string;
  fetching?: boolean;
  /** Height kept while the table is empty, so the "no records" text has room. */
  emptyHeight?: number;
  striped?: boolean;
  highlightOnHover?: boolean;
  verticalAlign?: 'top' | 'center' | 'bottom';
  loaderBackgroundBlur?: number;
  idAccessor?: (keyof T & string) | ((record: T) => Key);
  rowStyle?: (record: T, index: number) => MantineStyleProp | undefined;
  /** A cursor connection's navigation under the table. */
  pagination?: {
    pages: CursorPages;
    connection: PagedConnection | null | undefined;
    loading?: boolean;
    onlyWhenSeveralPages?: boolean;
  };
  'aria-label'?: string;
  'data-testid'?: string;
}

/** The bordered, striped list table of the app, with its empty state and, for a connection, its pagination. */
export function RecordsTable<T>({
  records,
  emptyHeight = 150,
  striped = true,
  idAccessor = 'id' as keyof T & string,
  pagination,
  ...props
}: RecordsTableProps<T>) {
  return (
    <>
      <DataTable<T>
        withTableBorder
        borderRadius="md"
        striped={striped}
        minHeight={records.length === 0 ? emptyHeight : undefined}
        records={records}
        idAccessor={idAccessor}
        // A table wider than the screen scrolls sideways: its scrolling area takes the keyboard focus (RGAA 12.13).
        scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': props['aria-label'] } }}
        {...props}
      />
      {pagination && <CursorPagination {...pagination} shown={records.length} />}
    </>
  );
}
