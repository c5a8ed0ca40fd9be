import { useMutation } from '@apollo/client/react';
import { Group, SegmentedControl, Select, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ACTION_EXIT_REASON_LABELS } from '@passerelle/domain';
import type { ActionExitReason } from '../../../generated/graphql';
import { formatDay, optionsOf, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import {
  EMPTY_FSE_ENTRY,
  FseEntryFields,
  type FseEntryFormValues,
  fseEntryInput,
  type ParticipantFormValues,
} from '../../participants';
import { DayInput } from '../../common/components/day-input';
import { SEND_ENTRY_SHEET_MUTATION, SEND_EXIT_SHEET_MUTATION } from '../graphql/activities';
import { FormModal } from '../../common/components/form-modal';

interface OrientationRef {
  id: string;
  version: number;
  orientedOn: string;
  exitOn?: string | null;
  exitReason?: string | null;
}

type EntryValues = FseEntryFormValues & {
  entered: 'yes' | 'no';
  startedOn: string;
  position: string;
  nonEntryReason: string;
  sentOn: string;
};

/** The provider's "entrée / non entrée" liaison sheet, with the FSE+ questionnaire for an entry. */
export function EntrySheetModal({ orientation, onClose }: { orientation: OrientationRef; onClose(): void }) {
  const [send, { loading }] = useMutation(SEND_ENTRY_SHEET_MUTATION, {
    refetchQueries: ['Orientation', 'Orientations'],
  });
  const today = todayInParis();
  const form = useForm<EntryValues>({
    initialValues: {
      entered: 'yes',
      startedOn: today,
      position: '',
      nonEntryReason: '',
      sentOn: today,
      ...EMPTY_FSE_ENTRY,
    },
    validate: {
      startedOn: (value, values) =>
        values.entered === 'yes' && !value ? 'Le démarrage de l’action est obligatoire pour une entrée.' : null,
      nonEntryReason: (value, values) =>
        values.entered === 'no' && !value.trim() ? 'Précisez pourquoi la personne n’entre pas dans l’action.' : null,
    },
  });
  const entered = form.values.entered === 'yes';
  async function submit(values: EntryValues) {
    try {
      const { data } = await send({
        variables: {
          input: {
            orientationId: orientation.id,
            version: orientation.version,
            entered,
            sentOn: values.sentOn || null,
            ...(entered
              ? {
                  startedOn: values.startedOn,
                  position: values.position.trim() || null,
                  fseEntry: fseEntryInput(values as unknown as ParticipantFormValues),
                }
              : { nonEntryReason: values.nonEntryReason.trim() }),
          },
        },
      });
      notifySuccess(
        data?.sendEntryLiaisonSheet.late
          ? 'La fiche est envoyée, après l’échéance : elle est signalée en retard.'
          : 'La fiche de liaison est envoyée à la structure porteuse.',
      );
      onClose();
    } catch (error) {
      showFormError(form, error, { fseEntry: 'employmentStatus' });
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Fiche de liaison « entrée / non entrée »"
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Envoyer la fiche"
    >
      <Text size="sm" c="dimmed">
        Orientation du {formatDay(orientation.orientedOn)}.
      </Text>
      <SegmentedControl
        aria-label="La personne entre-t-elle dans l’action ?"
        data={[
          { value: 'yes', label: 'Entrée dans l’action' },
          { value: 'no', label: 'Non entrée' },
        ]}
        {...form.getInputProps('entered')}
      />
      {entered ? (
        <>
          <Group grow align="flex-start">
            <DayInput label="Démarrage de l’action" required {...form.getInputProps('startedOn')} />
            <TextInput
              label="Atelier ou poste"
              description="Où la personne est positionnée"
              {...form.getInputProps('position')}
            />
          </Group>
          <Title order={3} size="h5">
            Questionnaire FSE+ de recueil des données
          </Title>
          <FseEntryFields form={form} canSeeSensitive />
        </>
      ) : (
        <Textarea label="Motif de non-entrée" required autosize minRows={3} {...form.getInputProps('nonEntryReason')} />
      )}
      <DayInput label="Jour d’envoi" {...form.getInputProps('sentOn')} />
    </FormModal>
  );
}

const EXIT_REASONS = optionsOf(ACTION_EXIT_REASON_LABELS);

/** The provider's "sortie" liaison sheet: day, reason, synthesis (day and reason are fixed if the exit was validated). */
export function ExitSheetModal({ orientation, onClose }: { orientation: OrientationRef; onClose(): void }) {
  const [send, { loading }] = useMutation(SEND_EXIT_SHEET_MUTATION, {
    refetchQueries: ['Orientation', 'Orientations'],
  });
  const today = todayInParis();
  const fixed = Boolean(orientation.exitOn);
  const form = useForm({
    initialValues: {
      exitOn: orientation.exitOn ?? today,
      exitReason: orientation.exitReason ?? '',
      synthesis: '',
      sentOn: today,
    },
    validate: {
      exitOn: (value) => (value ? null : 'Le jour de sortie est obligatoire.'),
      exitReason: (value) => (value ? null : 'Le motif de sortie est obligatoire.'),
      synthesis: (value) => (value.trim() ? null : 'La synthèse est obligatoire.'),
    },
  });
  async function submit(values: typeof form.values) {
    try {
      const { data } = await send({
        variables: {
          input: {
            orientationId: orientation.id,
            version: orientation.version,
            exitOn: fixed ? null : values.exitOn,
            exitReason: fixed ? null : (values.exitReason as ActionExitReason),
            synthesis: values.synthesis.trim(),
            sentOn: values.sentOn || null,
          },
        },
      });
      notifySuccess(
        data?.sendExitLiaisonSheet.late
          ? 'La fiche de sortie est envoyée, après l’échéance : elle est signalée en retard.'
          : 'La fiche de sortie est envoyée à la structure porteuse.',
      );
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Fiche de liaison « sortie »"
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Envoyer la fiche de sortie"
    >
      <Group grow align="flex-start">
        <DayInput label="Jour de sortie" required disabled={fixed} {...form.getInputProps('exitOn')} />
        <DayInput label="Jour d’envoi" {...form.getInputProps('sentOn')} />
      </Group>
      <Select
        label="Motif de sortie"
        required
        disabled={fixed}
        data={EXIT_REASONS}
        {...form.getInputProps('exitReason')}
      />
      <Textarea
        label="Synthèse"
        description="Pour un bilan : le projet, son phasage et le plan d’actions"
        required
        autosize
        minRows={4}
        {...form.getInputProps('synthesis')}
      />
    </FormModal>
  );
}
