import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../hooks/session-context';

/** Renders its children only for a signed-in user; otherwise sends to the sign-in page and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  if (session.status === 'anonymous') {
    return <Navigate to="/connexion" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  if (session.status === 'error') {
    return (
      <Center mih="100vh" p="md">
        <Alert color="red" title="Impossible de charger votre session" maw={480} role="alert">
          <Stack gap="sm">
            <Text size="sm">{session.error?.message}</Text>
            <Button variant="light" color="red" onClick={session.retry} w="fit-content">
              Réessayer
            </Button>
          </Stack>
        </Alert>
      </Center>
    );
  }
  if (session.status === 'loading') {
    return (
      <Center mih="100vh" aria-busy="true">
        <Loader aria-label="Chargement de votre session" />
      </Center>
    );
  }
  return children;
}
