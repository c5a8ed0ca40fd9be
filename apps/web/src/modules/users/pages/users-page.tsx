import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { Role, ROLE_LABELS } from '@passerelle/domain';
import { formatDate, formatDateTime, plural } from '../../../lib/format';
import { ConfirmModal } from '../../common/components/confirm-modal';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { ChangeRoleModal } from '../components/change-role-modal';
import { CreateUserModal } from '../components/create-user-modal';
import { useUsers } from '../hooks/use-users';
import { canManageRole, roleIn } from '../roles';

const ROLE_FILTER_OPTIONS = [
  { value: '', label: 'Tous les rôles' },
  ...Object.values(Role).map((value) => ({ value, label: ROLE_LABELS[value] })),
];

export function UsersPage() {
  const view = useUsers();
  const { structure } = view;
  const managerRole = view.isPlatformAdmin ? Role.PLATFORM_ADMIN : view.me.currentRole;

  if (!structure) return <Text>Choisissez d’abord une structure.</Text>;

  return (
    <Stack gap="md">
      <PageHeader
        title="Utilisateurs"
        description={`${structure.name}${view.list.connection ? ` · ${plural(view.list.connection.totalCount, 'membre')}` : ''}`}
        actions={<Button onClick={() => view.setCreating(true)}>Nouvel utilisateur</Button>}
      />
      <Group align="flex-end" wrap="wrap" role="search">
        <TextInput
          label="Rechercher"
          placeholder="Nom ou adresse e-mail"
          value={view.search}
          onChange={(event) => view.setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label="Rôle"
          data={ROLE_FILTER_OPTIONS}
          value={view.role}
          onChange={(value) => view.setRole((value ?? '') as Role | '')}
          allowDeselect={false}
          w={{ base: '100%', sm: 300 }}
        />
      </Group>
      {view.list.error && !view.list.connection && (
        <QueryError error={view.list.error} onRetry={() => void view.list.refetch()} />
      )}
      <RecordsTable
        highlightOnHover
        emptyHeight={180}
        fetching={view.list.loading}
        noRecordsText="Aucun utilisateur ne correspond à ces critères"
        records={view.list.records}
        pagination={view.list}
        columns={[
          {
            accessor: 'fullName',
            title: 'Nom',
            render: (user) => (
              <Group gap="xs" wrap="nowrap">
                <Text size="sm" fw={500}>
                  {user.fullName}
                </Text>
                {user.id === view.me.id && (
                  <Badge size="xs" variant="light">
                    vous
                  </Badge>
                )}
              </Group>
            ),
          },
          { accessor: 'email', title: 'Adresse e-mail', noWrap: true },
          {
            accessor: 'role',
            title: 'Rôle',
            render: (user) => {
              const userRole = roleIn(user.memberships, structure.id);
              return userRole ? ROLE_LABELS[userRole] : '—';
            },
          },
          {
            accessor: 'lockedUntil',
            title: 'État',
            noWrap: true,
            render: (user) =>
              user.lockedUntil && Date.parse(user.lockedUntil) > Date.now() ? (
                <Badge color="orange" variant="light" title={`Verrouillé jusqu’au ${formatDateTime(user.lockedUntil)}`}>
                  Verrouillé jusqu’au {formatDateTime(user.lockedUntil)}
                </Badge>
              ) : (
                <Badge color="teal" variant="light">
                  Actif
                </Badge>
              ),
          },
          { accessor: 'createdAt', title: 'Créé le', render: (user) => formatDate(user.createdAt), noWrap: true },
          {
            accessor: 'actions',
            title: 'Actions',
            textAlign: 'right',
            render: (user) =>
              user.id === view.me.id || !canManageRole(managerRole, roleIn(user.memberships, structure.id)) ? null : (
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => view.setChangingRole(user)}
                    aria-label={`Changer le rôle de ${user.fullName}`}
                  >
                    Changer le rôle
                  </Button>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => view.setRemoving(user)}
                    aria-label={`Retirer ${user.fullName} de la structure`}
                  >
                    Retirer
                  </Button>
                </Group>
              ),
          },
        ]}
      />
      {view.creating && (
        <CreateUserModal
          structureName={structure.name}
          managerRole={managerRole}
          onClose={() => view.setCreating(false)}
        />
      )}
      {view.changingRole && (
        <ChangeRoleModal
          user={view.changingRole}
          structureId={structure.id}
          structureName={structure.name}
          managerRole={managerRole}
          onClose={() => view.setChangingRole(null)}
        />
      )}
      <ConfirmModal
        opened={view.removing !== null}
        title="Retirer de la structure"
        confirmLabel="Retirer"
        loading={view.removal.loading}
        onConfirm={view.confirmRemove}
        onClose={() => view.setRemoving(null)}
      >
        {view.removing?.fullName} n’aura plus accès à {structure.name}. Son compte et ses éventuels accès à d’autres
        structures sont conservés.
      </ConfirmModal>
    </Stack>
  );
}
