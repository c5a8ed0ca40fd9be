import { Card, Switch, Text } from '@mantine/core';
import { useNotificationEmails } from '../hooks/use-notification-emails';

/** Turns the e-mail copy of my notifications on or off (they always stay in the application). */
export function NotificationEmailsSwitch() {
  const { enabled, saving, change } = useNotificationEmails();
  return (
    <Card withBorder padding="md" radius="md" mb="md">
      <Switch
        label="Recevoir aussi mes notifications par e-mail"
        description="Nouvelle orientation, fiche à rendre, décision du comité, positionnement à faire, bilan renvoyé… Elles restent toujours ici."
        checked={enabled ?? false}
        disabled={enabled === null || saving}
        onChange={(event) => void change(event.currentTarget.checked)}
      />
      {enabled === false && (
        <Text size="xs" c="dimmed" mt={4}>
          Envoi par e-mail coupé.
        </Text>
      )}
    </Card>
  );
}
