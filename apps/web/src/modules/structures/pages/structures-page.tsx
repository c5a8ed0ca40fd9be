import { Anchor, Badge, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { OPERATOR_TYPE_LABELS, Permission, STRUCTURE_KIND_LABELS, StructureKind } from '@passerelle/domain';
import { Link } from 'react-router';
import { formatSiret, plural } from '../../../lib/format';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { useStructures } from '../hooks/use-structures';

const KIND_FILTER_OPTIONS = [
  { value: '', label: 'Toutes les natures' },
  ...Object.values(StructureKind).map((value) => ({ value, label: STRUCTURE_KIND_LABELS[value] })),
];

export function StructuresPage() {
  const { can, search, setSearch, kind, setKind, list } = useStructures();

  return (
    <Stack gap="md">
      <PageHeader
        title="Structures"
        description={list.connection ? plural(list.connection.totalCount, 'structure') : undefined}
        actions={
          can(Permission.PLATFORM_ADMIN) && (
            <Button component={Link} to="/structures/nouvelle">
              Nouvelle structure
            </Button>
          )
        }
      />
      <Group align="flex-end" wrap="wrap" role="search">
        <TextInput
          label="Rechercher"
          placeholder="Nom, SIRET ou commune"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Select
          label="Nature"
          data={KIND_FILTER_OPTIONS}
          value={kind}
          onChange={(value) => setKind((value ?? '') as StructureKind | '')}
          allowDeselect={false}
          w={{ base: '100%', sm: 220 }}
        />
      </Group>
      {list.error && !list.connection && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <RecordsTable
        highlightOnHover
        emptyHeight={180}
        fetching={list.loading}
        loaderBackgroundBlur={1}
        noRecordsText="Aucune structure ne correspond à ces critères"
        records={list.records}
        pagination={list}
        columns={[
          {
            accessor: 'name',
            title: 'Nom',
            render: (structure) => (
              <Anchor component={Link} to={`/structures/${structure.id}`}>
                {structure.name}
              </Anchor>
            ),
          },
          {
            accessor: 'kind',
            title: 'Nature',
            noWrap: true,
            render: (structure) => (
              <Badge variant="light" color={structure.kind === StructureKind.OPERATOR ? 'blue' : 'grape'}>
                {structure.operatorType
                  ? OPERATOR_TYPE_LABELS[structure.operatorType]
                  : STRUCTURE_KIND_LABELS[structure.kind]}
              </Badge>
            ),
          },
          { accessor: 'siret', title: 'SIRET', render: (structure) => formatSiret(structure.siret), noWrap: true },
          { accessor: 'city', title: 'Commune' },
          { accessor: 'territory', title: 'Territoire' },
        ]}
      />
    </Stack>
  );
}
