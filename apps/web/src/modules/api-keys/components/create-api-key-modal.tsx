import { useMutation } from '@apollo/client/react';
import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { API_KEY_SCOPES, PERMISSION_LABELS } from '@passerelle/domain';
import type { CreateApiKeyMutation } from '../../../generated/graphql';
import { showFormError } from '../../../lib/notify';
import { CREATE_API_KEY_MUTATION } from '../graphql/api-keys';
import { DayInput } from '../../common/components/day-input';
import { FormModal } from '../../common/components/form-modal';

interface Values {
  name: string;
  scopes: string[];
  /** AAAA-MM-JJ, or '' for a key without end. */
  expiresOn: string;
}

export function CreateApiKeyModal({
  onClose,
  onCreated,
}: {
  onClose(): void;
  onCreated(created: CreateApiKeyMutation['createApiKey']): void;
}) {
  const [createApiKey, { loading }] = useMutation(CREATE_API_KEY_MUTATION, {
    refetchQueries: ['ApiKeys', 'Dashboard'],
  });
  const form = useForm<Values>({
    initialValues: { name: '', scopes: [], expiresOn: '' },
    validate: {
      name: (value) => (value.trim() ? null : 'Donnez un nom à la clé (ex. : logiciel de paie, entrepôt de données).'),
      scopes: (value) => (value.length > 0 ? null : 'Cochez au moins un droit.'),
    },
  });

  async function handleSubmit(values: Values) {
    try {
      const { data } = await createApiKey({
        variables: {
          input: {
            name: values.name.trim(),
            scopes: values.scopes,
            // Valid through the chosen day, in the browser's (French) time.
            expiresAt: values.expiresOn ? new Date(`${values.expiresOn}T23:59:59`).toISOString() : null,
          },
        },
      });
      if (data) onCreated(data.createApiKey);
    } catch (error) {
      showFormError(form, error);
    }
  }

  return (
    <FormModal
      onClose={onClose}
      title="Nouvelle clé d’API"
      size="lg"
      onSubmit={form.onSubmit(handleSubmit)}
      loading={loading}
      submitLabel="Créer la clé"
    >
      <TextInput
        label="Nom"
        description="Pour reconnaître l’application qui utilise la clé"
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Checkbox.Group
        label="Droits accordés"
        description="Ne cochez que ce dont l’application a besoin."
        required
        {...form.getInputProps('scopes')}
      >
        <Stack gap="xs" mt="xs">
          {API_KEY_SCOPES.map((scope) => (
            <Checkbox key={scope} value={scope} label={PERMISSION_LABELS[scope]} />
          ))}
        </Stack>
      </Checkbox.Group>
      <DayInput
        label="Valable jusqu’au"
        description="Facultatif : après ce jour, la clé est refusée."
        {...form.getInputProps('expiresOn')}
        error={form.errors.expiresOn ?? form.errors.expiresAt}
      />
    </FormModal>
  );
}
