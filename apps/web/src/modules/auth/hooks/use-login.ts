import { useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseApiError } from '../../../lib/api-errors';
import { LOGIN_MUTATION } from '../graphql/auth';
import { loginFailureMessage } from '../pages/login-failure';
import { useSession } from './session-context';

/** Where to go after signing in: the page that sent me here, never outside the app nor back to the sign-in page. */
function redirectTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/connexion') ? from : '/';
}

/** The sign-in form: on failure, the reason in one French sentence and the password cleared. */
export function useLogin() {
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

  return {
    signedIn: session.status === 'authenticated',
    redirectTo: redirectTarget(location.state),
    form,
    onSubmit: form.onSubmit(handleSubmit),
    loading,
    failure,
  };
}
