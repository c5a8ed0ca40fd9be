import { useMutation } from '@apollo/client/react';
import { Group, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IMMERSION_RATING_LABELS, immersionPlanErrors } from '@passerelle/domain';
import type { ImmersionRating } from '../../../generated/graphql';
import { optionsOf, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { PLAN_IMMERSION_MUTATION, RECORD_IMMERSION_EXIT_MUTATION } from '../graphql/activities';
import { FormModal, formSaveProps } from '../../common/components/form-modal';

/** Plans an immersion: host structure, tutor, objective, at most 30 h over two weeks unless justified. */
export function PlanImmersionModal({ orientationId, onClose }: { orientationId: string; onClose(): void }) {
  const [plan, { loading }] = useMutation(PLAN_IMMERSION_MUTATION, { refetchQueries: ['Orientation'] });
  const today = todayInParis();
  const form = useForm({
    initialValues: {
      hostName: '',
      hostAddress: '',
      tutorName: '',
      tutorContact: '',
      objective: '',
      startsOn: today,
      endsOn: today,
      hours: '30',
      justification: '',
    },
    validate: {
      hostName: (v) => (v.trim() ? null : 'La structure d’accueil est obligatoire.'),
      tutorName: (v) => (v.trim() ? null : 'Le tuteur ou la tutrice est obligatoire.'),
      objective: (v) => (v.trim() ? null : 'L’objectif est obligatoire.'),
    },
  });
  async function submit(values: typeof form.values) {
    const local = immersionPlanErrors({
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      hours: Number(values.hours.replace(',', '.')),
      justification: values.justification || null,
    });
    if (Object.keys(local).length > 0) {
      form.setErrors(local);
      return;
    }
    try {
      await plan({
        variables: {
          input: {
            orientationId,
            hostName: values.hostName.trim(),
            hostAddress: values.hostAddress.trim() || null,
            tutorName: values.tutorName.trim(),
            tutorContact: values.tutorContact.trim() || null,
            objective: values.objective.trim(),
            startsOn: values.startsOn,
            endsOn: values.endsOn,
            hours: values.hours.replace(',', '.'),
            justification: values.justification.trim() || null,
          },
        },
      });
      notifySuccess('L’immersion est prévue.');
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Prévoir une immersion"
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Prévoir"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Structure d’accueil" required {...form.getInputProps('hostName')} />
        <TextInput label="Adresse" {...form.getInputProps('hostAddress')} />
        <TextInput label="Tuteur·rice" required {...form.getInputProps('tutorName')} />
        <TextInput label="Contact du tuteur·rice" {...form.getInputProps('tutorContact')} />
        <DayInput label="Du" required {...form.getInputProps('startsOn')} />
        <DayInput label="Au" required {...form.getInputProps('endsOn')} />
        <TextInput
          label="Heures prévues"
          description="30 h au plus par personne sur deux semaines, toutes immersions confondues, sauf justification"
          required
          {...form.getInputProps('hours')}
        />
      </SimpleGrid>
      <Textarea label="Objectif" required autosize minRows={2} {...form.getInputProps('objective')} />
      <Textarea label="Justification d’un dépassement" autosize minRows={2} {...form.getInputProps('justification')} />
    </FormModal>
  );
}

const RATINGS = optionsOf(IMMERSION_RATING_LABELS);

/** The end-of-immersion sheet, filled in with the tutor and the participant, who co-sign it. */
export function ImmersionExitSheetModal({
  immersion,
  onClose,
}: {
  immersion: { id: string; version: number };
  onClose(): void;
}) {
  const [record, { loading }] = useMutation(RECORD_IMMERSION_EXIT_MUTATION, { refetchQueries: ['Orientation'] });
  const today = todayInParis();
  const form = useForm({
    initialValues: {
      punctuality: '',
      attendance: '',
      understanding: '',
      relations: '',
      skills: '',
      recommendations: '',
      tutorSignedOn: today,
      participantSignedOn: today,
    },
    validate: {
      punctuality: (v) => (v ? null : 'À renseigner.'),
      attendance: (v) => (v ? null : 'À renseigner.'),
      understanding: (v) => (v ? null : 'À renseigner.'),
      relations: (v) => (v ? null : 'À renseigner.'),
      skills: (v) => (v.trim() ? null : 'Les compétences mises en œuvre sont obligatoires.'),
      recommendations: (v) => (v.trim() ? null : 'Les préconisations sont obligatoires.'),
    },
  });
  const modal = formSaveProps(form, 'La fiche de fin d’immersion cosignée est enregistrée.', onClose, (values) =>
    record({
      variables: {
        input: {
          id: immersion.id,
          version: immersion.version,
          punctuality: values.punctuality as ImmersionRating,
          attendance: values.attendance as ImmersionRating,
          understanding: values.understanding as ImmersionRating,
          relations: values.relations as ImmersionRating,
          skills: values.skills.trim(),
          recommendations: values.recommendations.trim(),
          tutorSignedOn: values.tutorSignedOn,
          participantSignedOn: values.participantSignedOn,
        },
      },
    }),
  );
  return (
    <FormModal
      {...modal}
      title="Fiche de fin d’immersion"
      size="lg"
      loading={loading}
      submitLabel="Enregistrer la fiche"
    >
      <Text size="sm" c="dimmed">
        Appréciation du tuteur ou de la tutrice, cosignée par le participant.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Ponctualité" data={RATINGS} required {...form.getInputProps('punctuality')} />
        <Select label="Assiduité" data={RATINGS} required {...form.getInputProps('attendance')} />
        <Select label="Compréhension des consignes" data={RATINGS} required {...form.getInputProps('understanding')} />
        <Select label="Relations avec les collègues" data={RATINGS} required {...form.getInputProps('relations')} />
      </SimpleGrid>
      <Textarea label="Compétences mises en œuvre" required autosize minRows={2} {...form.getInputProps('skills')} />
      <Textarea label="Préconisations" required autosize minRows={2} {...form.getInputProps('recommendations')} />
      <Group grow>
        <DayInput label="Signée par le tuteur·rice le" required {...form.getInputProps('tutorSignedOn')} />
        <DayInput label="Signée par le participant le" required {...form.getInputProps('participantSignedOn')} />
      </Group>
    </FormModal>
  );
}
