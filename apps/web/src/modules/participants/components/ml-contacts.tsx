import { Card, Select, SimpleGrid, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ML_CONTACT_KIND_LABELS, ML_CONTACT_NOTE_MAX, MlContactKind } from '@passerelle/domain';
import { formatDay, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { FormModal } from '../../common/components/form-modal';
import { ListSection } from '../../common/components/list-section';
import { QueryPending } from '../../common/components/query-pending';
import { RecordsTable } from '../../common/components/records-table';
import { useMlContacts, useRecordMlContact } from '../hooks/use-ml-contacts';
import { ReferentSelect } from './referent-select';

const KIND_DATA = Object.values(MlContactKind).map((value) => ({ value, label: ML_CONTACT_KIND_LABELS[value] }));

interface Values {
  kind: MlContactKind | '';
  date: string;
  userId: string;
  branchId: string;
  note: string;
}

/** Records a Mission Locale contact: its kind, day, counsellor (me by default) and branch (the young person's by default). */
function RecordMlContactModal({
  participantId,
  branchId,
  onClose,
}: {
  participantId: string;
  branchId: string | null;
  onClose(): void;
}) {
  const { me, branches, record, loading } = useRecordMlContact();
  const today = todayInParis();
  const form = useForm<Values>({
    initialValues: { kind: '', date: today, userId: me.id, branchId: branchId ?? '', note: '' },
    validate: {
      kind: (value) => (value ? null : 'Choisissez un type de contact dans la liste.'),
      date: (value) =>
        !value ? 'La date est obligatoire.' : value > today ? 'Le contact ne peut pas être dans le futur.' : null,
      userId: (value) => (value ? null : 'Indiquez le conseiller ou la conseillère.'),
      note: (value) => (value.length > ML_CONTACT_NOTE_MAX ? `${ML_CONTACT_NOTE_MAX} caractères au plus.` : null),
    },
  });

  async function submit(values: Values) {
    try {
      await record({
        variables: {
          input: {
            participantId,
            kind: values.kind as MlContactKind,
            date: values.date,
            userId: values.userId,
            branchId: values.branchId || null,
            note: values.note.trim() || null,
          },
        },
      });
      notifySuccess('Contact enregistré.');
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }

  return (
    <FormModal
      onClose={onClose}
      title="Enregistrer un contact"
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Type de contact" required data-autofocus data={KIND_DATA} {...form.getInputProps('kind')} />
        <DayInput label="Date" required max={today} {...form.getInputProps('date')} />
        <ReferentSelect
          label="Par"
          required
          current={me}
          value={form.getValues().userId}
          error={form.errors.userId}
          onChange={(value) => form.setFieldValue('userId', value)}
        />
        <Select label="Antenne" clearable data={branches} {...form.getInputProps('branchId')} />
      </SimpleGrid>
      <Textarea
        label="Note"
        description="Courte, sans donnée de santé ni situation sociale (elles vont dans les données sensibles)."
        autosize
        minRows={2}
        maxLength={ML_CONTACT_NOTE_MAX}
        {...form.getInputProps('note')}
      />
    </FormModal>
  );
}

/** A young person's contacts with the Mission Locale (first welcome, interviews, workshops…), CEJ or not. */
export function MlContactsPanel({ participantId, branchId }: { participantId: string; branchId: string | null }) {
  const view = useMlContacts(participantId);
  return (
    <Card withBorder padding="lg" radius="md">
      <ListSection
        title="Contacts avec la Mission Locale"
        addLabel="Enregistrer un contact"
        onAdd={view.canRecord ? () => view.setRecording(true) : undefined}
        dialog={
          view.recording && (
            <RecordMlContactModal
              participantId={participantId}
              branchId={branchId}
              onClose={() => view.setRecording(false)}
            />
          )
        }
      >
        {view.contacts ? (
          <RecordsTable
            aria-label="Contacts avec la Mission Locale"
            records={view.contacts}
            noRecordsText="Aucun contact enregistré."
            columns={[
              { accessor: 'date', title: 'Date', render: (c) => formatDay(c.date) },
              { accessor: 'kind', title: 'Type', render: (c) => ML_CONTACT_KIND_LABELS[c.kind] },
              { accessor: 'user', title: 'Par', render: (c) => c.user.fullName },
              { accessor: 'branch', title: 'Lieu', render: (c) => c.branch?.name ?? '—' },
              { accessor: 'note', title: 'Note', render: (c) => c.note ?? '' },
            ]}
          />
        ) : (
          <QueryPending error={view.error} loading={view.loading} onRetry={() => void view.refetch()} h={120} />
        )}
      </ListSection>
    </Card>
  );
}
