import { useMutation } from '@apollo/client/react';
import { Checkbox, Group, NumberInput, Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CONTACT_MODE_LABELS, ContactMode, INTERVIEW_KIND_LABELS } from '@passerelle/domain';
import type { InterviewKind } from '../../../generated/graphql';
import { optionsOf, todayInParis } from '../../../lib/format';
import { DayInput } from '../../common/components/day-input';
import { RECORD_INTERVIEW_MUTATION, RECORD_REMINDER_MUTATION } from '../graphql/activities';
import { ProofPicker } from './proof-picker';
import { FormModal, formSaveProps } from '../../common/components/form-modal';

export function InterviewModal({
  orientationId,
  lotId,
  onClose,
}: {
  orientationId: string;
  lotId: string;
  onClose(): void;
}) {
  const [record, { loading }] = useMutation(RECORD_INTERVIEW_MUTATION, { refetchQueries: ['Orientation'] });
  const form = useForm({
    initialValues: {
      date: todayInParis(),
      durationMinutes: 60 as number | string,
      kind: 'FOLLOW_UP',
      summary: '',
      proofId: null as string | null,
    },
    validate: {
      date: (v) => (v ? null : 'Le jour est obligatoire.'),
      durationMinutes: (v) => (Number(v) > 0 ? null : 'La durée est obligatoire.'),
    },
  });
  const modal = formSaveProps(form, 'L’entretien est enregistré.', onClose, (values) =>
    record({
      variables: {
        input: {
          orientationId,
          date: values.date,
          durationMinutes: Number(values.durationMinutes),
          kind: values.kind as InterviewKind,
          summary: values.summary.trim() || null,
          proofId: values.proofId,
        },
      },
    }),
  );
  return (
    <FormModal {...modal} title="Entretien individuel" loading={loading}>
      <Group grow align="flex-start">
        <DayInput label="Jour" required {...form.getInputProps('date')} />
        <NumberInput label="Durée (minutes)" required min={5} step={15} {...form.getInputProps('durationMinutes')} />
      </Group>
      <Select
        label="Type"
        data={optionsOf(INTERVIEW_KIND_LABELS)}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <Textarea label="Compte rendu" autosize minRows={3} {...form.getInputProps('summary')} />
      <ProofPicker lotId={lotId} value={form.values.proofId} onChange={(v) => form.setFieldValue('proofId', v)} />
    </FormModal>
  );
}

export function ReminderModal({ orientationId, onClose }: { orientationId: string; onClose(): void }) {
  const [record, { loading }] = useMutation(RECORD_REMINDER_MUTATION, { refetchQueries: ['Orientation'] });
  const form = useForm({ initialValues: { date: todayInParis(), mode: ContactMode.PHONE as string, answered: false } });
  const modal = formSaveProps(form, 'La relance est enregistrée.', onClose, (values) =>
    record({
      variables: {
        input: { orientationId, date: values.date, mode: values.mode as ContactMode, answered: values.answered },
      },
    }),
  );
  return (
    <FormModal {...modal} title="Relance" loading={loading}>
      <DayInput label="Jour" required {...form.getInputProps('date')} />
      <Select
        label="Moyen"
        data={optionsOf(CONTACT_MODE_LABELS)}
        allowDeselect={false}
        {...form.getInputProps('mode')}
      />
      <Checkbox label="La personne a répondu" {...form.getInputProps('answered', { type: 'checkbox' })} />
    </FormModal>
  );
}
