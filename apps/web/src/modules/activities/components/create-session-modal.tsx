import { useMutation } from '@apollo/client/react';
import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SESSION_KIND_LABELS } from '@passerelle/domain';
import { useNavigate } from 'react-router';
import type { SessionKind } from '../../../generated/graphql';
import { optionsOf, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { CREATE_SESSION_MUTATION } from '../graphql/activities';
import { FormModal } from '../../common/components/form-modal';

interface LotOption {
  id: string;
  number: number;
  title: string;
  quantities: { groupMin?: number | null; groupMax?: number | null; workshopMinutes?: number | null };
}

export function CreateSessionModal({
  lots,
  lotId,
  onClose,
}: {
  lots: readonly LotOption[];
  lotId?: string;
  onClose(): void;
}) {
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CREATE_SESSION_MUTATION, { refetchQueries: ['ActivitySessions'] });
  const first = lots.find((l) => l.id === lotId) ?? lots[0];
  const form = useForm({
    initialValues: {
      lotId: first?.id ?? '',
      kind: 'WORKSHOP',
      title: '',
      date: todayInParis(),
      startTime: '09:30',
      durationMinutes: (first?.quantities.workshopMinutes ?? 120) as number | string,
      place: '',
      facilitator: '',
      cycleNumber: '' as number | string,
      maxParticipants: (first?.quantities.groupMax ?? '') as number | string,
    },
    validate: {
      lotId: (v) => (v ? null : 'Choisissez le lot.'),
      title: (v) => (v.trim() ? null : 'L’intitulé est obligatoire.'),
      date: (v) => (v ? null : 'Le jour est obligatoire.'),
      startTime: (v) => (/^\d{2}:\d{2}$/.test(v) ? null : 'Heure au format HH:MM.'),
      place: (v) => (v.trim() ? null : 'Le lieu est obligatoire.'),
      facilitator: (v) => (v.trim() ? null : 'L’animateur ou l’animatrice est obligatoire.'),
    },
  });
  async function submit(values: typeof form.values) {
    try {
      const { data } = await create({
        variables: {
          input: {
            lotId: values.lotId,
            kind: values.kind as SessionKind,
            title: values.title.trim(),
            date: values.date,
            startTime: values.startTime,
            durationMinutes: Number(values.durationMinutes),
            place: values.place.trim(),
            facilitator: values.facilitator.trim(),
            cycleNumber: values.cycleNumber === '' ? null : Number(values.cycleNumber),
            maxParticipants: values.maxParticipants === '' ? null : Number(values.maxParticipants),
          },
        },
      });
      notifySuccess('La séance est programmée.');
      onClose();
      if (data) await navigate(`/seances/${data.createActivitySession.id}`);
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Programmer une séance"
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Programmer"
    >
      <Select
        label="Lot"
        required
        allowDeselect={false}
        data={lots.map((l) => ({ value: l.id, label: `Lot ${l.number} · ${l.title}` }))}
        {...form.getInputProps('lotId')}
      />
      <Group grow align="flex-start">
        <Select
          label="Type"
          allowDeselect={false}
          data={optionsOf(SESSION_KIND_LABELS)}
          {...form.getInputProps('kind')}
        />
        <TextInput label="Intitulé" required data-autofocus {...form.getInputProps('title')} />
      </Group>
      <Group grow align="flex-start">
        <DayInput label="Jour" required {...form.getInputProps('date')} />
        <TextInput label="Heure de début" type="time" required {...form.getInputProps('startTime')} />
        <NumberInput label="Durée (minutes)" required min={15} step={15} {...form.getInputProps('durationMinutes')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label="Lieu" required {...form.getInputProps('place')} />
        <TextInput label="Animateur·rice" required {...form.getInputProps('facilitator')} />
      </Group>
      <Group grow align="flex-start">
        <NumberInput
          label="Capacité"
          description="Par défaut, le maximum du groupe du lot"
          min={1}
          {...form.getInputProps('maxParticipants')}
        />
        <NumberInput
          label="Cycle"
          description="Numéro de la session d’ateliers"
          min={1}
          {...form.getInputProps('cycleNumber')}
        />
      </Group>
    </FormModal>
  );
}
