import { Badge, Button, Card, Group, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { ROLE_LABELS } from '@passerelle/domain';
import { PASSWORD_HINT } from '../../../lib/password';
import { useMe } from '../../auth';
import { PageHeader } from '../../common/components/page-header';
import { usePasswordChange } from '../hooks/use-password-change';

export function AccountPage() {
  const me = useMe();
  const { form, onSubmit, loading } = usePasswordChange();

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
        <form onSubmit={onSubmit} noValidate>
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
