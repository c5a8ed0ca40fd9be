import { useMutation } from '@apollo/client/react';
import { notifyError } from '../../lib/notify';
import {
  MARK_ALL_NOTIFICATIONS_READ,
  MARK_NOTIFICATIONS_READ,
  MY_NOTIFICATIONS,
  UNREAD_NOTIFICATION_COUNT,
} from './graphql/notifications';

const refetchQueries = [UNREAD_NOTIFICATION_COUNT, MY_NOTIFICATIONS];

/** Marking read refreshes the bell's count and the lists. */
export function useMarkRead() {
  const [markSome, some] = useMutation(MARK_NOTIFICATIONS_READ, { refetchQueries });
  const [markAll, all] = useMutation(MARK_ALL_NOTIFICATIONS_READ, { refetchQueries });
  return {
    loading: some.loading || all.loading,
    markRead: async (ids: string[]) => {
      try {
        await markSome({ variables: { input: { ids } } });
      } catch (error) {
        notifyError(error);
      }
    },
    markAllRead: async () => {
      try {
        await markAll();
      } catch (error) {
        notifyError(error);
      }
    },
  };
}
