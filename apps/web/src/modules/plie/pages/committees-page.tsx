import { Anchor, Badge, Button, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { Permission } from '@passerelle/domain';
import { Link } from 'react-router';
import { formatDay, plural } from '../../../lib/format';
import { DayInput } from '../../common/components/day-input';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { useCommitteeCreation, useCommittees, type Period } from '../hooks/use-committees';
import { FormModal } from '../../common/components/form-modal';

function CreateCommitteeModal({ onClose }: { onClose(): void }) {
  const { form, loading, onSubmit } = useCommitteeCreation(onClose);
  return (
    <FormModal
      onClose={onClose}
      title="Programmer une séance du comité"
      onSubmit={onSubmit}
      loading={loading}
      submitLabel="Programmer"
    >
      <DayInput label="Date de la séance" required data-autofocus {...form.getInputProps('date')} />
      <TextInput label="Intitulé" required {...form.getInputProps('title')} />
      <TextInput label="Lieu" description="Salle, adresse ou visioconférence" {...form.getInputProps('location')} />
    </FormModal>
  );
}

export function CommitteesPage() {
  const { can, period, setPeriod, creating, setCreating, list } = useCommittees();

  return (
    <Stack gap="md">
      <PageHeader
        title="Comités d’agrément"
        description="Les séances du comité d’agrément et de suivi des parcours, et les dossiers qui y sont présentés."
        actions={
          can(Permission.PLIE_COORDINATE) && <Button onClick={() => setCreating(true)}>Programmer une séance</Button>
        }
      />
      <SegmentedControl
        w="fit-content"
        aria-label="Séances affichées"
        value={period}
        onChange={(value) => setPeriod(value as Period)}
        data={[
          { value: 'upcoming', label: 'À venir' },
          { value: 'past', label: 'Passées' },
          { value: 'all', label: 'Toutes' },
        ]}
      />
      {list.error && !list.connection && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <RecordsTable
        highlightOnHover
        fetching={list.loading}
        emptyHeight={180}
        noRecordsText={period === 'upcoming' ? 'Aucune séance à venir' : 'Aucune séance'}
        records={list.records}
        pagination={list}
        columns={[
          { accessor: 'date', title: 'Date', noWrap: true, render: (c) => formatDay(c.date) },
          {
            accessor: 'title',
            title: 'Séance',
            render: (c) => (
              <Anchor component={Link} to={`/comites/${c.id}`} fw={500} size="sm">
                {c.title}
              </Anchor>
            ),
          },
          { accessor: 'location', title: 'Lieu', render: (c) => c.location ?? '—' },
          { accessor: 'files', title: 'Dossiers', render: (c) => plural(c.files.length, 'dossier') },
          {
            accessor: 'pending',
            title: 'Décisions',
            render: (c) => {
              const pending = c.files.filter((f) => !f.decision).length;
              if (c.files.length === 0)
                return (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                );
              return pending > 0 ? (
                <Badge color="yellow" variant="light">
                  {plural(pending, 'décision attendue', 'décisions attendues')}
                </Badge>
              ) : (
                <Badge color="teal" variant="light">
                  Toutes rendues
                </Badge>
              );
            },
          },
        ]}
      />
      {creating && <CreateCommitteeModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
