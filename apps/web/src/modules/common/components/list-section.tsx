import { Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A titled part of a record: the title, the add button (only given `onAdd`, i.e. when I may write), then `empty` in
 * dimmed text when there is nothing to list, else the list; and the section's dialog when one is open.
 */
export function ListSection({
  title,
  addLabel,
  onAdd,
  empty,
  dialog,
  children,
}: {
  title: ReactNode;
  addLabel?: string;
  onAdd?: () => void;
  /** The "nothing yet" sentence, or false (or absent) when there is something to show. */
  empty?: string | false;
  /** The add or edit dialog, when open. */
  dialog?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {title}
        </Title>
        {onAdd && (
          <Button size="compact-sm" variant="light" onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </Group>
      {empty ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        children
      )}
      {dialog}
    </Stack>
  );
}
