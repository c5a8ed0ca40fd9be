import { Alert, Button, Stack, Text } from '@mantine/core';
import { parseApiError } from '../../../lib/api-errors';

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const parsed = parseApiError(error);
  return (
    <Alert color="red" title="Le chargement a échoué" role="alert">
      <Stack gap="sm">
        <Text size="sm">{parsed.message}</Text>
        {onRetry && (
          <Button variant="light" color="red" size="xs" onClick={onRetry} w="fit-content">
            Réessayer
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
