import { useMutation } from '@apollo/client/react';
import {
  Checkbox,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  CONTACT_MODE_LABELS,
  ContactMode,
  FOLLOW_UP_KIND_LABELS,
  FollowUpKind,
  INTERVIEW_MODES,
} from '@passerelle/domain';
import { todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { RECORD_FOLLOW_UP_MUTATION } from '../graphql/paths';
import { FormModal } from '../../common/components/form-modal';

interface Values {
  kind: FollowUpKind;
  date: string;
  mode: ContactMode | '';
  durationMinutes: number | '';
  summary: string;
  topic: string;
  answered: boolean;
  attended: boolean;
}

const KIND_DATA = Object.values(FollowUpKind).map((value) => ({ value, label: FOLLOW_UP_KIND_LABELS[value] }));

/** Records an interview (length, mode, report), a reminder (answered or not) or a collective meeting (topic, presence). */
export function FollowUpModal({
  pathId,
  initialKind = FollowUpKind.INTERVIEW,
  onClose,
}: {
  pathId: string;
  initialKind?: FollowUpKind;
  onClose(): void;
}) {
  const [record, { loading }] = useMutation(RECORD_FOLLOW_UP_MUTATION, {
    refetchQueries: ['Participant', 'PliePath', 'MyPortfolio'],
  });
  const today = todayInParis();
  const form = useForm<Values>({
    initialValues: {
      kind: initialKind,
      date: today,
      mode: initialKind === FollowUpKind.REMINDER ? ContactMode.PHONE : ContactMode.FACE_TO_FACE,
      durationMinutes: initialKind === FollowUpKind.INTERVIEW ? 45 : '',
      summary: '',
      topic: '',
      answered: false,
      attended: true,
    },
    validate: {
      date: (value) =>
        !value
          ? 'La date est obligatoire.'
          : value > today
            ? 'Le suivi se saisit une fois fait : la date ne peut pas être future.'
            : null,
      topic: (value, values) =>
        values.kind === FollowUpKind.COLLECTIVE_MEETING && !value.trim() ? 'Indiquez le thème de la réunion.' : null,
    },
  });
  const values = form.getValues();
  const modes = values.kind === FollowUpKind.REMINDER ? Object.values(ContactMode) : INTERVIEW_MODES;

  async function submit(values: Values) {
    try {
      await record({
        variables: {
          input: {
            pathId,
            kind: values.kind,
            date: values.date,
            mode: values.mode || null,
            durationMinutes:
              values.kind === FollowUpKind.REMINDER || values.durationMinutes === ''
                ? null
                : Number(values.durationMinutes),
            summary: values.summary.trim() || null,
            topic: values.kind === FollowUpKind.COLLECTIVE_MEETING ? values.topic.trim() : null,
            answered: values.kind === FollowUpKind.REMINDER ? values.answered : null,
            attended: values.kind === FollowUpKind.COLLECTIVE_MEETING ? values.attended : null,
          },
        },
      });
      notifySuccess(
        `${FOLLOW_UP_KIND_LABELS[values.kind]} enregistré${values.kind === FollowUpKind.REMINDER || values.kind === FollowUpKind.COLLECTIVE_MEETING ? 'e' : ''}.`,
      );
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }

  return (
    <FormModal
      onClose={onClose}
      title="Enregistrer un suivi"
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
    >
      <Stack gap={4}>
        <Text size="sm" fw={500} id="follow-up-kind">
          Type de suivi
        </Text>
        <SegmentedControl
          aria-labelledby="follow-up-kind"
          data={KIND_DATA}
          {...form.getInputProps('kind')}
          onChange={(kind) => {
            form.setFieldValue('kind', kind as FollowUpKind);
            form.setFieldValue('mode', kind === FollowUpKind.REMINDER ? ContactMode.PHONE : ContactMode.FACE_TO_FACE);
          }}
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DayInput label="Date" required data-autofocus {...form.getInputProps('date')} max={today} />
        <Select
          label="Modalité"
          data={modes.map((value) => ({ value, label: CONTACT_MODE_LABELS[value] }))}
          clearable
          {...form.getInputProps('mode')}
        />
        {values.kind !== FollowUpKind.REMINDER && (
          <NumberInput
            label="Durée (minutes)"
            min={1}
            max={480}
            step={15}
            allowDecimal={false}
            {...form.getInputProps('durationMinutes')}
          />
        )}
        {values.kind === FollowUpKind.COLLECTIVE_MEETING && (
          <TextInput label="Thème de la réunion" required {...form.getInputProps('topic')} />
        )}
      </SimpleGrid>
      {values.kind === FollowUpKind.REMINDER && (
        <Checkbox
          label="La personne a répondu"
          description="Deux relances sans réponse depuis le dernier contact : la personne est « sans contact »."
          {...form.getInputProps('answered', { type: 'checkbox' })}
        />
      )}
      {values.kind === FollowUpKind.COLLECTIVE_MEETING && (
        <Checkbox label="La personne était présente" {...form.getInputProps('attended', { type: 'checkbox' })} />
      )}
      <Textarea
        label={values.kind === FollowUpKind.INTERVIEW ? 'Compte rendu' : 'Objet'}
        description="Sans donnée de santé : elles vont dans les données sensibles de la fiche."
        autosize
        minRows={3}
        {...form.getInputProps('summary')}
      />
    </FormModal>
  );
}
