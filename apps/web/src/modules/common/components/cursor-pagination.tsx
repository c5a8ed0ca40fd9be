import { Button, Group, Text } from '@mantine/core';
import type { PageInfoFieldsFragment } from '../../../generated/graphql';
import { PAGE_SIZE, pageCount, rangeLabel } from '../../../lib/pagination';
import type { CursorPages } from '../hooks/use-cursor-pages';

/** The part of a connection the pagination reads. */
export interface PagedConnection {
  totalCount: number;
  pageInfo: Pick<PageInfoFieldsFragment, 'hasNextPage' | 'endCursor'>;
}

interface CursorPaginationProps {
  pages: CursorPages;
  /** Nothing is shown until the first page has arrived. */
  connection: PagedConnection | null | undefined;
  /** How many records the current page shows. */
  shown: number;
  loading?: boolean;
  /** Hidden when everything fits on one page. */
  onlyWhenSeveralPages?: boolean;
}

export function CursorPagination({ pages, connection, shown, loading, onlyWhenSeveralPages }: CursorPaginationProps) {
  if (!connection || (onlyWhenSeveralPages && connection.totalCount <= PAGE_SIZE)) return null;
  const { pageIndex } = pages;
  const { totalCount, pageInfo } = connection;
  return (
    <Group justify="space-between" mt="sm" wrap="wrap" component="nav" aria-label="Pagination">
      <Text size="sm" c="dimmed" aria-live="polite">
        {rangeLabel(pageIndex, shown, totalCount)} · page {pageIndex + 1} sur {pageCount(totalCount)}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={pages.previous} disabled={pageIndex === 0 || loading}>
          Précédent
        </Button>
        <Button
          variant="default"
          size="xs"
          onClick={() => pages.next(pageInfo.endCursor)}
          disabled={!pageInfo.hasNextPage || loading}
        >
          Suivant
        </Button>
      </Group>
    </Group>
  );
}
