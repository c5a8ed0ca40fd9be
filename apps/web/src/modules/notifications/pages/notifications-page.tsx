import { Anchor, Badge, Button, Group, SegmentedControl, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { NotificationEmailsSwitch } from '../components/notification-emails-switch';
import { internalLink, notificationKindLabel } from '../notification-rules';
import { useNotificationsList } from '../hooks/use-notifications-list';

/** My notifications, most recent first: read or not, with a link to what they concern. */
export function NotificationsPage() {
  const { unreadOnly, setUnreadOnly, markRead, markAllRead, marking, unreadCount, list } = useNotificationsList();

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
      <NotificationEmailsSwitch />
      <SegmentedControl
        mb="md"
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => setUnreadOnly(value === 'unread')}
        data={[
          { value: 'all', label: 'Toutes' },
          { value: 'unread', label: 'Non lues' },
        ]}
      />
      {list.error && !list.connection ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <RecordsTable
            fetching={list.loading && !list.connection}
            noRecordsText={unreadOnly ? 'Aucune notification non lue' : 'Aucune notification'}
            records={list.records}
            striped={false}
            pagination={{ ...list, onlyWhenSeveralPages: true }}
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
                        <Badge size="xs" variant="outline" color="gray">
                          {notificationKindLabel(n.kind)}
                        </Badge>
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
