import { Alert, Box, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Navigate } from 'react-router';
import { AccessibilityLink } from '../../accessibility';
import { useLogin } from '../hooks/use-login';

export function LoginPage() {
  const { signedIn, redirectTo, form, onSubmit, loading, failure } = useLogin();
  if (signedIn) return <Navigate to={redirectTo} replace />;

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Box w="100%" maw={420} component="main">
        <Stack gap="xs" mb="lg" align="center">
          <Title order={1} c="blue.8">
            Passerelle
          </Title>
          <Text c="dimmed" ta="center">
            Suivi des parcours d’insertion
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={onSubmit} noValidate aria-labelledby="login-title">
            <Stack>
              <Title order={2} size="h3" id="login-title">
                Connexion
              </Title>
              {failure && (
                <Alert color="red" title="Connexion impossible" role="alert">
                  {failure}
                </Alert>
              )}
              <TextInput
                label="Adresse e-mail"
                type="email"
                autoComplete="username"
                required
                data-autofocus
                autoFocus
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label="Mot de passe"
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={loading} fullWidth>
                Se connecter
              </Button>
              <Text size="xs" c="dimmed">
                Mot de passe oublié ? Contactez la direction de votre structure.
              </Text>
            </Stack>
          </form>
        </Paper>
        <Center mt="md">
          <AccessibilityLink />
        </Center>
      </Box>
    </Center>
  );
}
