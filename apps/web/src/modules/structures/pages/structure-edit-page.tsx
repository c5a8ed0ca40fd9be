import { Card, Skeleton, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import type { StructureFieldsFragment } from '../../../generated/graphql';
import { ConflictAlert } from '../../common/components/conflict-alert';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { StructureForm } from '../components/structure-form';
import { useStructureEditForm, useStructureToEdit } from '../hooks/use-structure';

function EditForm({
  structure,
  onReload,
}: {
  structure: StructureFieldsFragment;
  onReload(): Promise<StructureFieldsFragment | null>;
}) {
  const { form, loading, conflict, reload, onSubmit, onCancel } = useStructureEditForm(structure, onReload);
  return (
    <StructureForm
      form={form}
      kindLocked
      submitLabel="Enregistrer"
      loading={loading}
      onSubmit={onSubmit}
      onCancel={onCancel}
      banner={
        conflict && (
          <ConflictAlert
            message={conflict}
            reloadLabel="Recharger la dernière version"
            onReload={() => void reload()}
          />
        )
      }
    />
  );
}

export function StructureEditPage() {
  const { id = '' } = useParams();
  const { structure, loading, error, refetch, reload } = useStructureToEdit(id);

  return (
    <Stack maw={760}>
      <PageHeader title={structure ? `Modifier ${structure.name}` : 'Modifier la structure'} />
      {error && !structure && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !structure && <Skeleton h={420} />}
      {structure && (
        <Card withBorder padding="lg" radius="md">
          <EditForm key={structure.id} structure={structure} onReload={reload} />
        </Card>
      )}
    </Stack>
  );
}
