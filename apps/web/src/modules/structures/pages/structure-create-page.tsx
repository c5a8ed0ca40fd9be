import { useMutation } from '@apollo/client/react';
import { Card, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { PageHeader } from '../../common/components/page-header';
import { StructureForm } from '../components/structure-form';
import { CREATE_STRUCTURE_MUTATION } from '../graphql/structures';
import { EMPTY_STRUCTURE, normalizeStructure, structureValidation, type StructureFormValues } from '../structure-rules';

export function StructureCreatePage() {
  const navigate = useNavigate();
  const [createStructure, { loading }] = useMutation(CREATE_STRUCTURE_MUTATION, { refetchQueries: ['Structures'] });
  const form = useForm<StructureFormValues>({ initialValues: EMPTY_STRUCTURE, validate: structureValidation });

  async function handleSubmit(values: StructureFormValues) {
    try {
      const { data } = await createStructure({
        variables: { input: { kind: values.kind, ...normalizeStructure(values) } },
      });
      if (!data) return;
      notifySuccess(`La structure « ${data.createStructure.name} » a été créée.`);
      await navigate(`/structures/${data.createStructure.id}`);
    } catch (error) {
      showFormError(form, error);
    }
  }

  return (
    <Stack maw={760}>
      <PageHeader title="Nouvelle structure" description="Structure porteuse (Mission Locale, PLIE) ou prestataire." />
      <Card withBorder padding="lg" radius="md">
        <StructureForm
          form={form}
          submitLabel="Créer la structure"
          loading={loading}
          onSubmit={handleSubmit}
          onCancel={() => void navigate('/structures')}
        />
      </Card>
    </Stack>
  );
}
