import { useMutation } from '@apollo/client/react';
import { Alert, Box, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { parseApiError } from '../../../lib/api-errors';
import { loginFailureMessage } from './login-failure';
import { LOGIN_MUTATION } from '../graphql/auth';
import { useSession } from '../hooks/session-context';

function redirectTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/connexion') ? from : '/';
}

export function LoginPage() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [login, { loading }] = useMutation(LOGIN_MUTATION);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) =>
        !value.trim()
          ? 'Saisissez votre adresse e-mail.'
          : /^\S+@\S+\.\S+$/.test(value.trim())
            ? null
            : 'Adresse e-mail invalide.',
      password: (value) => (value ? null : 'Saisissez votre mot de passe.'),
    },
  });

  if (session.status === 'authenticated') return <Navigate to={redirectTarget(location.state)} replace />;

  async function handleSubmit(values: typeof form.values) {
    setFailure(null);
    try {
      const { data } = await login({ variables: { input: { email: values.email.trim(), password: values.password } } });
      if (!data) return;
      await session.signIn(data.login);
      await navigate(redirectTarget(location.state), { replace: true });
    } catch (error) {
      const parsed = parseApiError(error);
      if (Object.keys(parsed.fields).length > 0) form.setErrors(parsed.fields);
      setFailure(loginFailureMessage(parsed));
      form.setFieldValue('password', '');
    }
  }

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
          <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-labelledby="login-title">
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
      </Box>
    </Center>
  );
}
