import { useMutation } from '@apollo/client/react';
import { PasswordInput, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Role } from '@passerelle/domain';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { PASSWORD_HINT, passwordWeakness } from '../../../lib/password';
import { CREATE_USER_MUTATION } from '../graphql/users';
import { assignableRoles } from '../roles';
import { FormModal } from '../../common/components/form-modal';

interface Values {
  fullName: string;
  email: string;
  password: string;
  role: Role;
}

export function CreateUserModal({
  structureName,
  managerRole,
  onClose,
}: {
  structureName: string;
  /** The caller's role here (PLATFORM_ADMIN for the platform administrator). */
  managerRole: Role | null;
  onClose(): void;
}) {
  const [createUser, { loading }] = useMutation(CREATE_USER_MUTATION, { refetchQueries: ['Users', 'Dashboard'] });
  const form = useForm<Values>({
    initialValues: { fullName: '', email: '', password: '', role: Role.COUNSELLOR },
    validate: {
      fullName: (value) => (value.trim() ? null : 'Le nom complet est obligatoire.'),
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Adresse e-mail invalide.'),
      password: passwordWeakness,
      role: (value) => (value ? null : 'Choisissez un rôle.'),
    },
  });

  async function handleSubmit(values: Values) {
    try {
      await createUser({
        variables: {
          input: {
            fullName: values.fullName.trim(),
            email: values.email.trim().toLowerCase(),
            password: values.password,
            role: values.role,
          },
        },
      });
      notifySuccess(`${values.fullName.trim()} a été ajouté·e à ${structureName}.`);
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }

  return (
    <FormModal
      onClose={onClose}
      title={`Nouvel utilisateur — ${structureName}`}
      size="lg"
      onSubmit={form.onSubmit(handleSubmit)}
      loading={loading}
      submitLabel="Créer l’utilisateur"
    >
      <TextInput label="Nom complet" required data-autofocus autoComplete="off" {...form.getInputProps('fullName')} />
      <TextInput label="Adresse e-mail" type="email" required autoComplete="off" {...form.getInputProps('email')} />
      <PasswordInput
        label="Mot de passe provisoire"
        description={`${PASSWORD_HINT} Communiquez-le à la personne, qui le changera dans « Mon compte ».`}
        required
        autoComplete="new-password"
        {...form.getInputProps('password')}
      />
      <Select
        label="Rôle"
        data={assignableRoles(managerRole)}
        allowDeselect={false}
        required
        {...form.getInputProps('role')}
      />
    </FormModal>
  );
}
