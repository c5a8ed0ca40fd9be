import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { Role } from '@passerelle/domain';
import { useState } from 'react';
import type { UserFieldsFragment } from '../../../generated/graphql';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { SET_MEMBERSHIP_MUTATION } from '../graphql/users';
import { assignableRoles, roleIn } from '../roles';

interface ChangeRoleModalProps {
  user: UserFieldsFragment;
  structureId: string;
  structureName: string;
  /** The caller's role here (PLATFORM_ADMIN for the platform administrator). */
  managerRole: Role | null;
  onClose(): void;
}

export function ChangeRoleModal({ user, structureId, structureName, managerRole, onClose }: ChangeRoleModalProps) {
  const current = roleIn(user.memberships, structureId);
  const [role, setRole] = useState<Role | null>(current);
  const [setMembership, { loading }] = useMutation(SET_MEMBERSHIP_MUTATION);

  async function handleSave() {
    if (!role || role === current) return onClose();
    try {
      await setMembership({ variables: { input: { userId: user.id, structureId, role } } });
      notifySuccess(`Le rôle de ${user.fullName} a été modifié.`);
      onClose();
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Rôle de ${user.fullName}`}>
      <Stack>
        <Text size="sm">Rôle dans {structureName} :</Text>
        <Select
          label="Rôle"
          data={assignableRoles(managerRole)}
          value={role}
          onChange={(value) => setRole(value as Role | null)}
          allowDeselect={false}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button onClick={handleSave} loading={loading} disabled={!role || role === current}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
