import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Permission } from '@passerelle/domain';
import { Link, useNavigate } from 'react-router';
import { formatDay, plural } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { CREATE_APPROVAL_COMMITTEE_MUTATION } from '../graphql/committees';
import { FormActions } from '../../common/components/form-actions';
import { RecordsTable } from '../../common/components/records-table';
import { useCommittees, type Period } from '../hooks/use-committees';

function CreateCommitteeModal({ onClose }: { onClose(): void }) {
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CREATE_APPROVAL_COMMITTEE_MUTATION, {
    refetchQueries: ['ApprovalCommittees'],
  });
  const form = useForm({
    initialValues: { date: '', title: 'Comité d’agrément et de suivi', location: '' },
    validate: {
      date: (value) => (value ? null : 'La date de la séance est obligatoire.'),
      title: (value) => (value.trim() ? null : 'L’intitulé est obligatoire.'),
    },
  });
  async function submit(values: typeof form.values) {
    try {
      const { data } = await create({
        variables: {
          input: { date: values.date, title: values.title.trim(), location: values.location.trim() || null },
        },
      });
      notifySuccess(`La séance du ${formatDay(values.date)} est programmée.`);
      onClose();
      if (data) await navigate(`/comites/${data.createApprovalCommittee.id}`);
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <Modal opened onClose={onClose} title="Programmer une séance du comité">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <DayInput label="Date de la séance" required data-autofocus {...form.getInputProps('date')} />
          <TextInput label="Intitulé" required {...form.getInputProps('title')} />
          <TextInput label="Lieu" description="Salle, adresse ou visioconférence" {...form.getInputProps('location')} />
          <FormActions onCancel={onClose} loading={loading} submitLabel="Programmer" />
        </Stack>
      </form>
    </Modal>
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
