import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group } from '@mantine/core';
import { SESSION_KIND_LABELS } from '@passerelle/domain';
import { Link } from 'react-router';
import type { SessionFilter } from '../../../generated/graphql';
import { formatShortDay, labelOf } from '../../../lib/format';
import { PAGE_SIZE } from '../../../lib/pagination';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { capacityLabel, timeRange } from '../activity-rules';
import { SESSIONS_QUERY } from '../graphql/activities';

export function SessionsTable({ filter, showLot = false }: { filter: SessionFilter; showLot?: boolean }) {
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(SESSIONS_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, filter },
  });
  const connection = (data ?? previousData)?.activitySessions;
  const records = connection?.edges.map((edge) => edge.node) ?? [];
  if (error && !connection) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <RecordsTable
        fetching={loading}
        noRecordsText="Aucune séance"
        records={records}
        pagination={{ pages, connection, loading, onlyWhenSeveralPages: true }}
        columns={[
          {
            accessor: 'date',
            title: 'Date',
            noWrap: true,
            render: (s) => `${formatShortDay(s.date)} ${timeRange(s.startTime, s.durationMinutes)}`,
          },
          {
            accessor: 'title',
            title: 'Séance',
            render: (s) => (
              <Anchor component={Link} to={`/seances/${s.id}`} size="sm" fw={500}>
                {s.title}
              </Anchor>
            ),
          },
          { accessor: 'kind', title: 'Type', render: (s) => labelOf(SESSION_KIND_LABELS, s.kind) },
          { accessor: 'lot', title: 'Lot', hidden: !showLot, render: (s) => `Lot ${s.lot.number} · ${s.lot.title}` },
          {
            accessor: 'capacity',
            title: 'Inscrits',
            render: (s) => (
              <Group gap={4}>
                {capacityLabel(s.enrolledCount, s.maxParticipants)}
                {s.belowMinimum && (
                  <Badge size="xs" color="orange" variant="light">
                    sous le minimum
                  </Badge>
                )}
              </Group>
            ),
          },
          {
            accessor: 'sheetFrozenAt',
            title: 'Émargement',
            render: (s) =>
              s.sheetFrozenAt ? (
                <Badge color="gray" variant="light">
                  Figée
                </Badge>
              ) : (
                <Badge color="blue" variant="light">
                  Ouverte
                </Badge>
              ),
          },
        ]}
      />
    </>
  );
}
