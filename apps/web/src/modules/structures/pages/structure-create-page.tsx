import { Card, Stack } from '@mantine/core';
import { PageHeader } from '../../common/components/page-header';
import { StructureForm } from '../components/structure-form';
import { useStructureCreation } from '../hooks/use-structure';

export function StructureCreatePage() {
  const { form, loading, onSubmit, onCancel } = useStructureCreation();

  return (
    <Stack maw={760}>
      <PageHeader title="Nouvelle structure" description="Structure porteuse (Mission Locale, PLIE) ou prestataire." />
      <Card withBorder padding="lg" radius="md">
        <StructureForm
          form={form}
          submitLabel="Créer la structure"
          loading={loading}
          onSubmit={onSubmit}
          onCancel={onCancel}
        />
      </Card>
    </Stack>
  );
}
