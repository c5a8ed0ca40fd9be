import { useMutation, useQuery } from '@apollo/client/react';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { MY_NOTIFICATION_EMAILS, SET_MY_NOTIFICATION_EMAILS } from '../graphql/notifications';

/** Whether my notifications also come by e-mail, and the switch that changes it. */
export function useNotificationEmails() {
  const { data, loading, error } = useQuery(MY_NOTIFICATION_EMAILS);
  const [set, setting] = useMutation(SET_MY_NOTIFICATION_EMAILS, {
    refetchQueries: [MY_NOTIFICATION_EMAILS],
    awaitRefetchQueries: true,
  });
  async function change(enabled: boolean) {
    try {
      await set({ variables: { enabled } });
      notifySuccess(
        enabled
          ? 'Vos notifications vous seront aussi envoyées par e-mail.'
          : 'Vos notifications ne vous seront plus envoyées par e-mail.',
      );
    } catch (caught) {
      notifyError(caught);
    }
  }
  return { enabled: data?.myNotificationEmails ?? null, loading, error, saving: setting.loading, change };
}
