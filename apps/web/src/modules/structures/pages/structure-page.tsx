import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { BRANCH_AREA_KIND_LABELS, OPERATOR_TYPE_LABELS, Permission, STRUCTURE_KIND_LABELS } from '@passerelle/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { BranchFieldsFragment } from '../../../generated/graphql';
import { formatDate, formatSiret, plural } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useMe, useSession } from '../../auth';
import { ConfirmModal } from '../../common/components/confirm-modal';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { BranchFormModal } from '../components/branch-form-modal';
import { DELETE_BRANCH_MUTATION, STRUCTURE_QUERY } from '../graphql/structures';

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

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
  const { can, switchStructure } = useSession();
  const me = useMe();
  const canManage = can(Permission.STRUCTURE_MANAGE);
  const { data, loading, error, refetch } = useQuery(STRUCTURE_QUERY, { variables: { id } });
  const [editing, setEditing] = useState<BranchFieldsFragment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<BranchFieldsFragment | null>(null);
  const [deleteBranch, deletion] = useMutation(DELETE_BRANCH_MUTATION, { refetchQueries: ['Structure', 'Dashboard'] });
  const structure = data?.structure;

  async function confirmDelete() {
    if (!deleting) return;
    try {
      await deleteBranch({ variables: { id: deleting.id } });
      notifySuccess(`L’antenne « ${deleting.name} » a été supprimée.`);
      setDeleting(null);
    } catch (error) {
      notifyError(error);
    }
  }

  if (error && !structure) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !structure) return <Skeleton h={400} />;
  if (!structure) return null;

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
            {can(Permission.PLATFORM_ADMIN) && me.currentStructure?.id !== structure.id && (
              <Button
                variant="default"
                onClick={() =>
                  void switchStructure(structure.id).then(
                    () => notifySuccess(`Vous travaillez maintenant dans ${structure.name}.`, 'Structure changée'),
                    notifyError,
                  )
                }
              >
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
        loading={deletion.loading}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      >
        L’antenne « {deleting?.name} » et ses zones couvertes seront supprimées. Cette action est définitive.
      </ConfirmModal>
    </Stack>
  );
}
