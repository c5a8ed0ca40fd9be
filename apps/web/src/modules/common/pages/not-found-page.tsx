import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack align="flex-start">
      <Title order={1} size="h2">
        Page introuvable
      </Title>
      <Text>L’adresse demandée ne correspond à aucune page de Passerelle.</Text>
      <Button component={Link} to="/">
        Retour au tableau de bord
      </Button>
    </Stack>
  );
}
