import { useQuery } from '@apollo/client/react';
import { Badge, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../../lib/format';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useMe } from '../../auth';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { PARTICIPANT_AUDIT_TRAIL_QUERY } from '../graphql/participants';

/** Who read or changed the file, and when (one page at a time). */
export function AuditTrail({ participantId }: { participantId: string }) {
  const me = useMe();
  const pages = useCursorPages(participantId);
  const { data, previousData, loading, error, refetch } = useQuery(PARTICIPANT_AUDIT_TRAIL_QUERY, {
    variables: { participantId, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'network-only',
  });
  const connection = (data ?? previousData)?.participantAuditTrail;
  const records = connection?.edges.map((edge) => edge.node) ?? [];
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Journal d’accès au dossier
      </Title>
      <Text size="sm" c="dimmed">
        Chaque lecture et chaque modification du dossier y sont tracées, les plus récentes d’abord.
      </Text>
      {error && !connection && <QueryError error={error} onRetry={() => void refetch()} />}
      <RecordsTable
        fetching={loading}
        noRecordsText="Aucune entrée"
        records={records}
        pagination={{ pages, connection, loading }}
        columns={[
          { accessor: 'at', title: 'Quand', noWrap: true, render: (e) => formatDateTime(e.at) },
          {
            accessor: 'label',
            title: 'Action',
            render: (e) => (
              <Text size="sm" fw={e.action.endsWith('.read') ? 400 : 500}>
                {e.label}
              </Text>
            ),
          },
          {
            accessor: 'actorUserId',
            title: 'Par',
            render: (e) =>
              e.actorApiKeyId ? (
                <Badge variant="light" color="grape">
                  Clé d’API
                </Badge>
              ) : (
                <Text size="sm">{e.actor ? `${e.actor.fullName}${e.actor.id === me.id ? ' (vous)' : ''}` : '—'}</Text>
              ),
          },
        ]}
      />
    </Stack>
  );
}
