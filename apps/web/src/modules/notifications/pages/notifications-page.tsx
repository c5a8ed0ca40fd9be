import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { PAGE_SIZE } from '../../../lib/pagination';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { MY_NOTIFICATIONS, UNREAD_NOTIFICATION_COUNT } from '../graphql/notifications';
import { useMarkRead } from '../hooks';
import { internalLink } from '../notification-rules';

/** My notifications, most recent first: read or not, with a link to what they concern. */
export function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const pages = useCursorPages(String(unreadOnly));
  const { data, previousData, loading, error, refetch } = useQuery(MY_NOTIFICATIONS, {
    variables: { first: PAGE_SIZE, after: pages.after, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const { data: countData } = useQuery(UNREAD_NOTIFICATION_COUNT);
  const { markRead, markAllRead, loading: marking } = useMarkRead();
  const connection = (data ?? previousData)?.myNotifications;
  const records = connection?.edges.map((edge) => edge.node) ?? [];
  const unreadCount = countData?.unreadNotificationCount ?? 0;

  return (
    <>
      <PageHeader
        title="Notifications"
        description={unreadCount > 0 ? `${unreadCount} non lue${unreadCount > 1 ? 's' : ''}` : 'Tout est lu.'}
        actions={
          <Button variant="default" onClick={() => void markAllRead()} loading={marking} disabled={unreadCount === 0}>
            Tout marquer comme lu
          </Button>
        }
      />
      <SegmentedControl
        mb="md"
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => setUnreadOnly(value === 'unread')}
        data={[
          { value: 'all', label: 'Toutes' },
          { value: 'unread', label: 'Non lues' },
        ]}
      />
      {error && !connection ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <RecordsTable
            fetching={loading && !connection}
            noRecordsText={unreadOnly ? 'Aucune notification non lue' : 'Aucune notification'}
            records={records}
            striped={false}
            pagination={{ pages, connection, loading, onlyWhenSeveralPages: true }}
            columns={[
              { accessor: 'createdAt', title: 'Reçue le', noWrap: true, render: (n) => formatDateTime(n.createdAt) },
              {
                accessor: 'title',
                title: 'Notification',
                render: (n) => {
                  const link = internalLink(n.link);
                  return (
                    <div>
                      <Group gap={6}>
                        {link ? (
                          <Anchor
                            component={Link}
                            to={link}
                            size="sm"
                            fw={n.readAt ? 400 : 700}
                            onClick={() => (n.readAt ? undefined : void markRead([n.id]))}
                          >
                            {n.title}
                          </Anchor>
                        ) : (
                          <Text size="sm" fw={n.readAt ? 400 : 700}>
                            {n.title}
                          </Text>
                        )}
                        {!n.readAt && (
                          <Badge size="xs" color="red" variant="light">
                            Non lue
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {n.body}
                      </Text>
                    </div>
                  );
                },
              },
              {
                accessor: 'readAt',
                title: '',
                textAlign: 'right',
                render: (n) =>
                  n.readAt ? (
                    <Text size="xs" c="dimmed">
                      Lue le {formatDateTime(n.readAt)}
                    </Text>
                  ) : (
                    <Button variant="subtle" size="compact-xs" onClick={() => void markRead([n.id])}>
                      Marquer comme lue
                    </Button>
                  ),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
