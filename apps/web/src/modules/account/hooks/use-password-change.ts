import { useMutation } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { showFormError } from '../../../lib/notify';
import { passwordWeakness } from '../../../lib/password';
import { useSession } from '../../auth';
import { CHANGE_PASSWORD_MUTATION } from '../graphql/account';

/** The password change form: checked here, then every session of the account closes and I sign in again. */
export function usePasswordChange() {
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [changePassword, { loading }] = useMutation(CHANGE_PASSWORD_MUTATION);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirmation: '' },
    validate: {
      currentPassword: (value) => (value ? null : 'Saisissez votre mot de passe actuel.'),
      newPassword: (value, values) =>
        passwordWeakness(value) ??
        (value === values.currentPassword ? 'Le nouveau mot de passe doit différer de l’actuel.' : null),
      confirmation: (value, values) =>
        value === values.newPassword ? null : 'Les deux mots de passe ne correspondent pas.',
    },
  });

  async function handleSubmit(values: typeof form.values) {
    try {
      await changePassword({
        variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } },
      });
      form.reset();
      // The API closes every session of the account, this one included: sign in again with the new password.
      notifications.show({
        color: 'teal',
        title: 'Mot de passe modifié',
        message: 'Par sécurité, toutes vos sessions ont été fermées. Reconnectez-vous avec votre nouveau mot de passe.',
        autoClose: 10000,
      });
      await signOut();
      await navigate('/connexion', { replace: true });
    } catch (error) {
      showFormError(form, error);
    }
  }

  return { form, onSubmit: form.onSubmit(handleSubmit), loading };
}
