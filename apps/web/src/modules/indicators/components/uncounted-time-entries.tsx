import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import type { HourKind } from '../../../generated/graphql';
import { formatShortDay } from '../../../lib/format';
import { PAGE_SIZE } from '../../../lib/pagination';
import { formatMinutes } from '../../activities/activity-rules';
import { TIME_ENTRIES_QUERY } from '../../activities/graphql/activities';
import { CursorPagination } from '../../common/components/cursor-pagination';
import { QueryError } from '../../common/components/query-error';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';

/** Time of the indicator's kind and period that does not count (no proof, not tied to participants), with why. */
export function UncountedTimeEntries({ lotId, hourKind, from, to }: { lotId: string; hourKind: HourKind; from: string; to: string }) {
  const filter = { lotId, kind: hourKind, from, to };
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(TIME_ENTRIES_QUERY, { variables: { first: PAGE_SIZE, after: pages.after, filter } });
  const connection = (data ?? previousData)?.timeEntries;
  const entries = connection?.edges.map((edge) => edge.node) ?? [];
  const uncounted = entries.filter((entry) => entry.notCountedReason);
  if (error && !connection) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap={4} component="section" aria-label="Temps non comptés">
      <Title order={4} size="h6">
        Temps déclarés non comptés
      </Title>
      <Text size="xs" c="dimmed">
        Temps de la période sans preuve ou non rattaché aux participants : ils ne comptent pas tant que cela n’est pas corrigé.
      </Text>
      <DataTable
        withTableBorder
        borderRadius="md"
        fetching={loading}
        minHeight={uncounted.length === 0 ? 100 : undefined}
        noRecordsText={connection && connection.totalCount > PAGE_SIZE ? 'Aucun temps non compté sur cette page' : 'Tous les temps déclarés sont comptés'}
        records={uncounted}
        idAccessor="id"
        columns={[
          { accessor: 'date', title: 'Date', noWrap: true, render: (t) => formatShortDay(t.date) },
          { accessor: 'description', title: 'Description' },
          { accessor: 'minutes', title: 'Durée', render: (t) => formatMinutes(t.minutes) },
          { accessor: 'notCountedReason', title: 'Pourquoi il ne compte pas' },
        ]}
      />
      {connection && connection.totalCount > PAGE_SIZE && (
        <CursorPagination
          pageIndex={pages.pageIndex}
          shown={entries.length}
          totalCount={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loading={loading}
          onPrevious={pages.previous}
          onNext={() => pages.next(connection.pageInfo.endCursor)}
        />
      )}
    </Stack>
  );
}
