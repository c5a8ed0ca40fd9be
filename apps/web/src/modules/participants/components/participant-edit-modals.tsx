import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Group, Radio, SimpleGrid, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SEX_LABELS, Sex } from '@passerelle/domain';
import type { ParticipantFieldsFragment } from '../../../generated/graphql';
import { todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import {
  BRANCHES_QUERY,
  UPDATE_PARTICIPANT_MUTATION,
  UPDATE_PARTICIPANT_SENSITIVE_MUTATION,
} from '../graphql/participants';
import {
  addressInput,
  EMPTY_PARTICIPANT_FORM,
  fseEntryInput,
  PARTICIPANT_FIELD_RENAMES,
  participantFormErrors,
  type ParticipantFormValues,
} from '../participant-rules';
import { AddressFields } from './address-fields';
import { FseEntryFields } from './fse-entry-fields';
import { ReferentSelect } from './referent-select';
import { FormModal, formSaveProps } from '../../common/components/form-modal';
import { EntrySituationFields } from './entry-situation-fields';

type Participant = ParticipantFieldsFragment;

function formValues(p: Participant): ParticipantFormValues {
  return {
    ...EMPTY_PARTICIPANT_FORM,
    lastName: p.lastName,
    firstName: p.firstName,
    sex: p.sex,
    birthDate: p.birthDate,
    phone: p.phone ?? '',
    email: p.email ?? '',
    addressLine: p.address.line ?? '',
    postalCode: p.address.postalCode ?? '',
    communeCode: p.address.communeCode ?? '',
    communeName: p.address.communeName ?? '',
    districtCode: p.address.districtCode ?? '',
    inQpv: p.address.inQpv,
    branchId: p.branchOverridden ? (p.branch?.id ?? '') : '',
    referentUserId: p.referent?.id ?? '',
    entrySituations: p.entrySituations,
    educationLevel: p.educationLevel ?? '',
    employmentStatus: p.fseEntry.employmentStatus ?? '',
    householdSituation: p.fseEntry.householdSituation ?? '',
    disability: p.fseEntry.disability ?? '',
    thirdCountryNational: p.fseEntry.thirdCountryNational ?? '',
    foreignBackground: p.fseEntry.foreignBackground ?? '',
    minority: p.fseEntry.minority ?? '',
    homeless: p.fseEntry.homeless ?? '',
    ruralArea: p.fseEntry.ruralArea === null ? '' : p.fseEntry.ruralArea ? 'yes' : 'no',
  };
}

/** Identity, contact, address, branch (derived or chosen) and référent. */
export function EditIdentityModal({ participant, onClose }: { participant: Participant; onClose(): void }) {
  const today = todayInParis();
  const branchesQuery = useQuery(BRANCHES_QUERY, { variables: { id: participant.structureId } });
  const branches = branchesQuery.data?.structure.branches ?? [];
  const [update, { loading }] = useMutation(UPDATE_PARTICIPANT_MUTATION, { refetchQueries: ['Participants'] });
  const form = useForm<ParticipantFormValues>({
    initialValues: formValues(participant),
    validate: (values) => participantFormErrors(values, today),
  });
  const values = form.getValues();
  const modal = formSaveProps(
    form,
    'La fiche est mise à jour.',
    onClose,
    (values: ParticipantFormValues) =>
      update({
        variables: {
          input: {
            id: participant.id,
            version: participant.version,
            lastName: values.lastName.trim(),
            firstName: values.firstName.trim(),
            sex: values.sex as Sex,
            birthDate: values.birthDate,
            phone: values.phone.trim() || null,
            email: values.email.trim().toLowerCase() || null,
            address: addressInput(values),
            ...(values.branchId ? { branchId: values.branchId } : { branchFromAddress: true }),
            referentUserId: values.referentUserId || null,
          },
        },
      }),
    PARTICIPANT_FIELD_RENAMES,
  );
  return (
    <FormModal {...modal} title="Modifier l’identité et les coordonnées" size="xl" loading={loading}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Nom" required data-autofocus {...form.getInputProps('lastName')} />
        <TextInput label="Prénom" required {...form.getInputProps('firstName')} />
        <Radio.Group label="Sexe à l’état civil" required {...form.getInputProps('sex')}>
          <Group mt="xs">
            {Object.values(Sex).map((sex) => (
              <Radio key={sex} value={sex} label={SEX_LABELS[sex]} />
            ))}
          </Group>
        </Radio.Group>
        <DayInput label="Date de naissance" required {...form.getInputProps('birthDate')} max={today} />
        <TextInput label="Téléphone" type="tel" {...form.getInputProps('phone')} />
        <TextInput label="Adresse e-mail" type="email" {...form.getInputProps('email')} />
      </SimpleGrid>
      <Title order={3} size="h5">
        Adresse et antenne
      </Title>
      <AddressFields form={form} branches={branches} />
      <ReferentSelect
        label="Référent·e de parcours"
        value={values.referentUserId}
        onChange={(id) => form.setFieldValue('referentUserId', id)}
        current={participant.referent}
        w={{ base: '100%', sm: '50%' }}
      />
    </FormModal>
  );
}

/** Situation at entry, education level and the FSE+ entry questionnaire. */
export function EditSituationModal({
  participant,
  canSeeSensitive,
  onClose,
}: {
  participant: Participant;
  canSeeSensitive: boolean;
  onClose(): void;
}) {
  const [update, { loading }] = useMutation(UPDATE_PARTICIPANT_MUTATION, { refetchQueries: ['Participants'] });
  const form = useForm<ParticipantFormValues>({ initialValues: formValues(participant) });
  async function submit(values: ParticipantFormValues) {
    const fseEntry = fseEntryInput(values, canSeeSensitive);
    try {
      await update({
        variables: {
          input: {
            id: participant.id,
            version: participant.version,
            entrySituations: values.entrySituations,
            educationLevel: values.educationLevel || null,
            fseEntry,
          },
        },
      });
      notifySuccess('La situation et le questionnaire FSE+ sont mis à jour.');
      onClose();
    } catch (error) {
      showFormError(form, error, PARTICIPANT_FIELD_RENAMES);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Situation à l’entrée et questionnaire FSE+"
      size="xl"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
    >
      <EntrySituationFields form={form} />
      <Title order={3} size="h5">
        Questionnaire FSE+ d’entrée
      </Title>
      <FseEntryFields form={form} canSeeSensitive={canSeeSensitive} />
    </FormModal>
  );
}

/** Health, disability and social notes: only for those who follow the person; every change is traced. */
export function EditSensitiveModal({
  participant,
  current,
  onClose,
}: {
  participant: Participant;
  current: {
    healthNotes: string | null;
    disabilityNotes: string | null;
    socialNotes: string | null;
    version: number;
  } | null;
  onClose(): void;
}) {
  const [update, { loading }] = useMutation(UPDATE_PARTICIPANT_SENSITIVE_MUTATION, {
    refetchQueries: ['ParticipantSensitive'],
  });
  const form = useForm({
    initialValues: {
      healthNotes: current?.healthNotes ?? '',
      disabilityNotes: current?.disabilityNotes ?? '',
      socialNotes: current?.socialNotes ?? '',
    },
  });
  const modal = formSaveProps(form, 'Les données sensibles sont enregistrées.', onClose, (values) =>
    update({
      variables: {
        input: {
          participantId: participant.id,
          ...(current ? { version: current.version } : {}),
          healthNotes: values.healthNotes.trim() || null,
          disabilityNotes: values.disabilityNotes.trim() || null,
          socialNotes: values.socialNotes.trim() || null,
        },
      },
    }),
  );
  return (
    <FormModal {...modal} title="Données sensibles" size="lg" loading={loading}>
      <Alert color="grape" variant="light">
        <Text size="sm">
          Réservées aux personnes qui suivent le participant. Chaque lecture et chaque modification sont tracées.
        </Text>
      </Alert>
      <Textarea label="Santé" autosize minRows={2} data-autofocus {...form.getInputProps('healthNotes')} />
      <Textarea label="Handicap" autosize minRows={2} {...form.getInputProps('disabilityNotes')} />
      <Textarea label="Situation sociale" autosize minRows={2} {...form.getInputProps('socialNotes')} />
    </FormModal>
  );
}
