import { Alert, Button, Stack, Text } from '@mantine/core';

/** Someone saved the record first (CONFLICT): the API's message and a button to start again from their version. */
export function ConflictAlert({
  message,
  reloadLabel,
  onReload,
}: {
  message: string;
  reloadLabel: string;
  onReload(): void;
}) {
  return (
    <Alert color="orange" title="Modification concurrente" role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        <Button size="xs" variant="light" color="orange" w="fit-content" onClick={onReload}>
          {reloadLabel}
        </Button>
      </Stack>
    </Alert>
  );
}
