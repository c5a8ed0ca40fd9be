import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { MY_NOTIFICATIONS, UNREAD_NOTIFICATION_COUNT } from '../graphql/notifications';
import { useMarkRead } from '../hooks';

/** My notifications (all or unread), a page at a time, the unread count and the marking as read. */
export function useNotificationsList() {
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

  return {
    unreadOnly,
    setUnreadOnly,
    markRead,
    markAllRead,
    marking,
    unreadCount,
    list: { pages, connection, records, loading, error, refetch },
  };
}
