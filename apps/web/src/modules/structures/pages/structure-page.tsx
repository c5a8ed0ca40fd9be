import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BRANCH_AREA_KIND_LABELS, OPERATOR_TYPE_LABELS, STRUCTURE_KIND_LABELS } from '@passerelle/domain';
import { Link, useParams } from 'react-router';
import type { BranchFieldsFragment } from '../../../generated/graphql';
import { formatDate, formatSiret, plural } from '../../../lib/format';
import { ConfirmModal } from '../../common/components/confirm-modal';
import { Detail } from '../../common/components/detail';
import { PageHeader } from '../../common/components/page-header';
import { BranchFormModal } from '../components/branch-form-modal';
import { useStructure } from '../hooks/use-structure';
import { QueryPending } from '../../common/components/query-pending';

function BranchCard({
  branch,
  canManage,
  onEdit,
  onDelete,
}: {
  branch: BranchFieldsFragment;
  canManage: boolean;
  onEdit(): void;
  onDelete(): void;
}) {
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={`branch-${branch.id}`}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Group gap="xs">
          <Title order={3} size="h5" id={`branch-${branch.id}`}>
            {branch.name}
          </Title>
          <Badge variant="outline" size="sm">
            {branch.code}
          </Badge>
        </Group>
        {canManage && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={onEdit} aria-label={`Modifier l’antenne ${branch.name}`}>
              Modifier
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={onDelete}
              aria-label={`Supprimer l’antenne ${branch.name}`}
            >
              Supprimer
            </Button>
          </Group>
        )}
      </Group>
      {branch.areas.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucune zone couverte renseignée.
        </Text>
      ) : (
        <Table striped withRowBorders={false} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Type</Table.Th>
              <Table.Th>Code</Table.Th>
              <Table.Th>Libellé</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {branch.areas.map((area) => (
              <Table.Tr key={`${area.kind}-${area.code}`}>
                <Table.Td>{BRANCH_AREA_KIND_LABELS[area.kind]}</Table.Td>
                <Table.Td>{area.code}</Table.Td>
                <Table.Td>{area.label}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

export function StructurePage() {
  const { id = '' } = useParams();
  const {
    structure,
    loading,
    error,
    refetch,
    canManage,
    canSwitch,
    workHere,
    editing,
    setEditing,
    deleting,
    setDeleting,
    deletingLoading,
    confirmDelete,
  } = useStructure(id);

  if (!structure) return <QueryPending error={error} loading={loading} onRetry={() => void refetch()} h={400} />;

  return (
    <Stack gap="lg">
      <PageHeader
        title={structure.name}
        description={
          <Group gap="xs" component="span">
            <Badge variant="light">{STRUCTURE_KIND_LABELS[structure.kind]}</Badge>
            {structure.operatorType && (
              <Badge variant="light" color="grape">
                {OPERATOR_TYPE_LABELS[structure.operatorType]}
              </Badge>
            )}
          </Group>
        }
        actions={
          <>
            {canSwitch && (
              <Button variant="default" onClick={workHere}>
                Travailler dans cette structure
              </Button>
            )}
            {canManage && (
              <Button component={Link} to={`/structures/${structure.id}/modifier`} variant="light">
                Modifier la structure
              </Button>
            )}
          </>
        }
      />
      <Card withBorder padding="lg" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Detail label="SIRET">{formatSiret(structure.siret)}</Detail>
          <Detail label="Adresse">
            {structure.addressLine}, {structure.postalCode} {structure.city}
          </Detail>
          <Detail label="Territoire">{structure.territory}</Detail>
          <Detail label="Créée le">{formatDate(structure.createdAt)}</Detail>
        </SimpleGrid>
      </Card>
      <Group justify="space-between">
        <Title order={2} size="h3">
          Antennes{' '}
          <Text span c="dimmed" fz="md">
            ({plural(structure.branches.length, 'antenne')})
          </Text>
        </Title>
        {canManage && <Button onClick={() => setEditing('new')}>Nouvelle antenne</Button>}
      </Group>
      {structure.branches.length === 0 && <Text c="dimmed">Cette structure n’a pas encore d’antenne.</Text>}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {structure.branches.map((branch) => (
          <BranchCard
            key={branch.id}
            branch={branch}
            canManage={canManage}
            onEdit={() => setEditing(branch)}
            onDelete={() => setDeleting(branch)}
          />
        ))}
      </SimpleGrid>
      {editing && (
        <BranchFormModal
          structureId={structure.id}
          branch={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onReload={() => void refetch()}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title="Supprimer l’antenne"
        confirmLabel="Supprimer"
        loading={deletingLoading}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      >
        L’antenne « {deleting?.name} » et ses zones couvertes seront supprimées. Cette action est définitive.
      </ConfirmModal>
    </Stack>
  );
}
