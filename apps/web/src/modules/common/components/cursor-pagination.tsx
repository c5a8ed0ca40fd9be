import { Button, Group, Text } from '@mantine/core';
import { pageCount, rangeLabel } from '../../../lib/pagination';

interface CursorPaginationProps {
  pageIndex: number;
  shown: number;
  totalCount: number;
  hasNextPage: boolean;
  loading?: boolean;
  onPrevious(): void;
  onNext(): void;
}

export function CursorPagination({
  pageIndex,
  shown,
  totalCount,
  hasNextPage,
  loading,
  onPrevious,
  onNext,
}: CursorPaginationProps) {
  return (
    <Group justify="space-between" mt="sm" wrap="wrap" component="nav" aria-label="Pagination">
      <Text size="sm" c="dimmed" aria-live="polite">
        {rangeLabel(pageIndex, shown, totalCount)} · page {pageIndex + 1} sur {pageCount(totalCount)}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={onPrevious} disabled={pageIndex === 0 || loading}>
          Précédent
        </Button>
        <Button variant="default" size="xs" onClick={onNext} disabled={!hasNextPage || loading}>
          Suivant
        </Button>
      </Group>
    </Group>
  );
}
