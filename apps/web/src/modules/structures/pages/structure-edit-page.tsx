import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Skeleton, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { StructureFieldsFragment } from '../../../generated/graphql';
import { parseApiError } from '../../../lib/api-errors';
import { formatSiret } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { StructureForm } from '../components/structure-form';
import { STRUCTURE_QUERY, UPDATE_STRUCTURE_MUTATION } from '../graphql/structures';
import { normalizeStructure, structureValidation, type StructureFormValues } from '../structure-rules';

function toFormValues(structure: StructureFieldsFragment): StructureFormValues {
  return {
    kind: structure.kind,
    operatorType: structure.operatorType ?? null,
    name: structure.name,
    siret: formatSiret(structure.siret),
    addressLine: structure.addressLine,
    postalCode: structure.postalCode,
    city: structure.city,
    territory: structure.territory,
  };
}

function EditForm({
  structure,
  onReload,
}: {
  structure: StructureFieldsFragment;
  onReload(): Promise<StructureFieldsFragment | null>;
}) {
  const navigate = useNavigate();
  const [version, setVersion] = useState(structure.version);
  const [conflict, setConflict] = useState<string | null>(null);
  const [updateStructure, { loading }] = useMutation(UPDATE_STRUCTURE_MUTATION);
  const form = useForm<StructureFormValues>({ initialValues: toFormValues(structure), validate: structureValidation });

  async function handleSubmit(values: StructureFormValues) {
    setConflict(null);
    try {
      await updateStructure({ variables: { input: { id: structure.id, version, ...normalizeStructure(values) } } });
      notifySuccess('Les modifications ont été enregistrées.');
      await navigate(`/structures/${structure.id}`);
    } catch (error) {
      const parsed = parseApiError(error);
      if (parsed.code === 'CONFLICT') setConflict(parsed.message);
      else showFormError(form, error);
    }
  }

  async function handleReload() {
    const latest = await onReload();
    if (!latest) return;
    setVersion(latest.version);
    form.setValues(toFormValues(latest));
    form.resetDirty();
    setConflict(null);
  }

  return (
    <StructureForm
      form={form}
      kindLocked
      submitLabel="Enregistrer"
      loading={loading}
      onSubmit={handleSubmit}
      onCancel={() => void navigate(`/structures/${structure.id}`)}
      banner={
        conflict && (
          <Alert color="orange" title="Modification concurrente" role="alert">
            <Stack gap="xs">
              <Text size="sm">{conflict}</Text>
              <Button size="xs" variant="light" color="orange" onClick={handleReload} w="fit-content">
                Recharger la dernière version
              </Button>
            </Stack>
          </Alert>
        )
      }
    />
  );
}

export function StructureEditPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(STRUCTURE_QUERY, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const structure = data?.structure;

  return (
    <Stack maw={760}>
      <PageHeader title={structure ? `Modifier ${structure.name}` : 'Modifier la structure'} />
      {error && !structure && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !structure && <Skeleton h={420} />}
      {structure && (
        <Card withBorder padding="lg" radius="md">
          <EditForm
            key={structure.id}
            structure={structure}
            onReload={async () => {
              const result = await refetch();
              return result.data?.structure ?? null;
            }}
          />
        </Card>
      )}
    </Stack>
  );
}
