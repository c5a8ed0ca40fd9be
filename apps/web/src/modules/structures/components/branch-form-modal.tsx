import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Fieldset, Group, Modal, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { BRANCH_AREA_KIND_LABELS, BranchAreaKind } from '@passerelle/domain';
import { useState } from 'react';
import type { BranchFieldsFragment } from '../../../generated/graphql';
import { parseApiError } from '../../../lib/api-errors';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { ConflictAlert } from '../../common/components/conflict-alert';
import { CREATE_BRANCH_MUTATION, UPDATE_BRANCH_MUTATION } from '../graphql/structures';
import { branchValidation, normalizeBranch, type BranchFormValues } from '../structure-rules';
import { FormActions } from '../../common/components/form-actions';

const AREA_KIND_OPTIONS = Object.values(BranchAreaKind).map((value) => ({
  value,
  label: BRANCH_AREA_KIND_LABELS[value],
}));

interface BranchFormModalProps {
  structureId: string;
  /** The branch to edit, or null to create one. */
  branch: BranchFieldsFragment | null;
  onClose(): void;
  /** Refetches the structure after a conflict. */
  onReload(): void;
}

function toFormValues(branch: BranchFieldsFragment | null): BranchFormValues {
  return {
    name: branch?.name ?? '',
    code: branch?.code ?? '',
    areas: branch?.areas.map((area) => ({ kind: area.kind, code: area.code, label: area.label })) ?? [],
  };
}

/** Rendered only while open, so each opening starts from the branch as it is now. */
export function BranchFormModal({ structureId, branch, onClose, onReload }: BranchFormModalProps) {
  const [conflict, setConflict] = useState<string | null>(null);
  const [createBranch, creating] = useMutation(CREATE_BRANCH_MUTATION, { refetchQueries: ['Structure', 'Dashboard'] });
  const [updateBranch, updating] = useMutation(UPDATE_BRANCH_MUTATION);
  const form = useForm<BranchFormValues>({ initialValues: toFormValues(branch), validate: branchValidation });

  async function handleSubmit(values: BranchFormValues) {
    const input = normalizeBranch(values);
    try {
      if (branch) {
        await updateBranch({ variables: { input: { id: branch.id, version: branch.version, ...input } } });
        notifySuccess(`L’antenne « ${input.name} » a été modifiée.`);
      } else {
        await createBranch({ variables: { input: { structureId, ...input } } });
        notifySuccess(`L’antenne « ${input.name} » a été créée.`);
      }
      onClose();
    } catch (error) {
      const parsed = parseApiError(error);
      if (parsed.code === 'CONFLICT') setConflict(parsed.message);
      else showFormError(form, error);
    }
  }

  function addArea() {
    form.insertListItem('areas', { kind: BranchAreaKind.COMMUNE, code: '', label: '' });
  }

  return (
    <Modal opened onClose={onClose} title={branch ? `Modifier l’antenne ${branch.name}` : 'Nouvelle antenne'} size="xl">
      <form onSubmit={form.onSubmit(handleSubmit)} noValidate>
        <Stack>
          {conflict && (
            <ConflictAlert
              message={conflict}
              reloadLabel="Recharger la structure"
              onReload={() => {
                onReload();
                onClose();
              }}
            />
          )}
          <Group grow align="flex-start">
            <TextInput label="Nom" required data-autofocus {...form.getInputProps('name')} />
            <TextInput
              label="Code"
              description="Identifiant court, ex. ALES-CENTRE"
              required
              {...form.getInputProps('code')}
            />
          </Group>
          <Fieldset legend="Zones couvertes">
            <Stack gap="sm">
              {form.values.areas.length === 0 && (
                <Text size="sm" c="dimmed">
                  Aucune zone. Ajoutez les communes (code INSEE) ou les quartiers couverts par l’antenne.
                </Text>
              )}
              {form.values.areas.map((area, index) => (
                <Group key={index} align="flex-start" wrap="nowrap" gap="xs">
                  <Select
                    label="Type"
                    data={AREA_KIND_OPTIONS}
                    allowDeselect={false}
                    w={200}
                    aria-label={`Type de la zone ${index + 1}`}
                    {...form.getInputProps(`areas.${index}.kind`)}
                  />
                  <TextInput
                    label="Code"
                    placeholder={area.kind === BranchAreaKind.COMMUNE ? '30007' : 'Q-01'}
                    w={130}
                    required
                    aria-label={`Code de la zone ${index + 1}`}
                    {...form.getInputProps(`areas.${index}.code`)}
                  />
                  <TextInput
                    label="Libellé"
                    style={{ flex: 1 }}
                    required
                    aria-label={`Libellé de la zone ${index + 1}`}
                    {...form.getInputProps(`areas.${index}.label`)}
                  />
                  <Tooltip label="Retirer cette zone">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      mt={26}
                      size="lg"
                      aria-label={`Retirer la zone ${area.label || index + 1}`}
                      onClick={() => form.removeListItem('areas', index)}
                    >
                      ✕
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ))}
              <Button variant="light" size="xs" onClick={addArea} w="fit-content">
                Ajouter une zone
              </Button>
            </Stack>
          </Fieldset>
          <FormActions
            onCancel={onClose}
            loading={creating.loading || updating.loading}
            submitLabel={branch ? 'Enregistrer' : 'Créer l’antenne'}
          />
        </Stack>
      </form>
    </Modal>
  );
}
