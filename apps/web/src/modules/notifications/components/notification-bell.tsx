import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { MY_NOTIFICATIONS, UNREAD_NOTIFICATION_COUNT } from '../graphql/notifications';
import { useMarkRead } from '../hooks';
import { badgeCount, bellLabel, internalLink } from '../notification-rules';

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

/** The bell in the header: unread count (refreshed every minute), the latest unread, mark as read, follow a link. */
export function NotificationBell() {
  const [opened, setOpened] = useState(false);
  const navigate = useNavigate();
  const { data: countData } = useQuery(UNREAD_NOTIFICATION_COUNT, { pollInterval: 60_000 });
  const { data, loading } = useQuery(MY_NOTIFICATIONS, {
    variables: { first: 5, after: null, unreadOnly: true },
    skip: !opened,
    fetchPolicy: 'cache-and-network',
  });
  const { markRead, markAllRead, loading: marking } = useMarkRead();
  const count = countData?.unreadNotificationCount ?? 0;
  const label = badgeCount(count);
  const unread = data?.myNotifications.edges.map((edge) => edge.node) ?? [];

  async function open(id: string, link: string | null) {
    await markRead([id]);
    setOpened(false);
    if (link) await navigate(link);
  }

  return (
    // The indicator wraps the popover, so the popover's target (which receives aria-expanded) is the button itself.
    <Indicator label={label} size={18} disabled={!label} color="red" offset={4}>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} withArrow shadow="md">
        <Popover.Target>
          <ActionIcon variant="subtle" size="lg" aria-label={bellLabel(count)} onClick={() => setOpened((o) => !o)}>
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600}>Notifications</Text>
              {count > 0 && (
                <Button variant="subtle" size="compact-xs" loading={marking} onClick={() => void markAllRead()}>
                  Tout marquer comme lu
                </Button>
              )}
            </Group>
            {loading && unread.length === 0 ? (
              <Text size="sm" c="dimmed">
                Chargement…
              </Text>
            ) : unread.length === 0 ? (
              <Text size="sm" c="dimmed">
                Aucune notification non lue.
              </Text>
            ) : (
              unread.map((n) => (
                <UnstyledButton
                  key={n.id}
                  onClick={() => void open(n.id, internalLink(n.link))}
                  p={4}
                  style={{ borderRadius: 4 }}
                  className="notification-item"
                >
                  <Text size="sm" fw={600}>
                    {n.title}
                  </Text>
                  <Text size="xs" lineClamp={2}>
                    {n.body}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(n.createdAt)}
                  </Text>
                </UnstyledButton>
              ))
            )}
            <Divider />
            <Box>
              <Anchor component={Link} to="/notifications" size="sm" onClick={() => setOpened(false)}>
                Toutes les notifications
              </Anchor>
            </Box>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
