import { useQuery } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { OrientationFilter } from '../../../generated/graphql';
import { formatShortDay } from '../../../lib/format';
import { PAGE_SIZE } from '../../../lib/pagination';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { ORIENTATIONS_QUERY } from '../graphql/activities';
import { OrientationStatusBadge, SheetDeadlines } from './badges';

/** A page of orientations (cursor pagination), with their status and liaison-sheet deadlines. */
export function OrientationsTable({
  filter,
  show = 'lot',
  noRecordsText = 'Aucune orientation',
}: {
  filter: OrientationFilter;
  show?: 'lot' | 'participant' | 'both';
  noRecordsText?: string;
}) {
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(ORIENTATIONS_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, filter },
  });
  const connection = (data ?? previousData)?.orientations;
  const records = connection?.edges.map((edge) => edge.node) ?? [];
  if (error && !connection) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <RecordsTable
        fetching={loading}
        noRecordsText={noRecordsText}
        records={records}
        rowStyle={(o) => (o.late ? { background: 'var(--mantine-color-red-0)' } : undefined)}
        pagination={{ pages, connection, loading, onlyWhenSeveralPages: true }}
        columns={[
          {
            accessor: 'participant',
            title: 'Participant',
            hidden: show === 'lot' ? false : show === 'participant',
            render: (o) => (
              <Anchor component={Link} to={`/orientations/${o.id}`} size="sm" fw={500}>
                {o.participant.lastName.toUpperCase()} {o.participant.firstName}
              </Anchor>
            ),
          },
          {
            accessor: 'lot',
            title: 'Lot',
            hidden: show === 'lot',
            render: (o) => (
              <Anchor component={Link} to={`/orientations/${o.id}`} size="sm">
                Lot {o.lot.number} · {o.lot.title} ({o.provider.name})
              </Anchor>
            ),
          },
          { accessor: 'orientedOn', title: 'Orientation', noWrap: true, render: (o) => formatShortDay(o.orientedOn) },
          { accessor: 'status', title: 'Statut', render: (o) => <OrientationStatusBadge status={o.status} /> },
          {
            accessor: 'sheets',
            title: 'Fiches de liaison',
            render: (o) => <SheetDeadlines entrySheet={o.entrySheet} exitSheet={o.exitSheet} />,
          },
          {
            accessor: 'late',
            title: 'Retard',
            render: (o) =>
              o.late ? (
                <Text size="sm" c="red.8" fw={600}>
                  Oui
                </Text>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </>
  );
}
