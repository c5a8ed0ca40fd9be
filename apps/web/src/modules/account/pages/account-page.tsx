import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ROLE_LABELS } from '@passerelle/domain';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { showFormError } from '../../../lib/notify';
import { PASSWORD_HINT, passwordWeakness } from '../../../lib/password';
import { useMe, useSession } from '../../auth';
import { PageHeader } from '../../common/components/page-header';
import { CHANGE_PASSWORD_MUTATION } from '../graphql/account';

export function AccountPage() {
  const me = useMe();
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

  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title="Mon compte" />
      <Card withBorder padding="lg" radius="md">
        <Title order={2} size="h4" mb="sm">
          Identité
        </Title>
        <Stack gap={4}>
          <Text>{me.fullName}</Text>
          <Text c="dimmed" size="sm">
            {me.email}
          </Text>
        </Stack>
        <Title order={3} size="h5" mt="md" mb="xs">
          Mes structures
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Structure</Table.Th>
              <Table.Th>Rôle</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {me.memberships.map((membership) => (
              <Table.Tr key={membership.structure.id}>
                <Table.Td>
                  <Group gap="xs">
                    {membership.structure.name}
                    {membership.structure.id === me.currentStructure?.id && (
                      <Badge size="xs" variant="light">
                        actuelle
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{ROLE_LABELS[membership.role]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder padding="lg" radius="md">
        <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
          <Stack>
            <Title order={2} size="h4">
              Changer de mot de passe
            </Title>
            <PasswordInput
              label="Mot de passe actuel"
              autoComplete="current-password"
              required
              {...form.getInputProps('currentPassword')}
            />
            <PasswordInput
              label="Nouveau mot de passe"
              description={PASSWORD_HINT}
              autoComplete="new-password"
              required
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput
              label="Confirmation du nouveau mot de passe"
              autoComplete="new-password"
              required
              {...form.getInputProps('confirmation')}
            />
            <Group>
              <Button type="submit" loading={loading}>
                Modifier le mot de passe
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
