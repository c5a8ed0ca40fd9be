import { useMutation } from '@apollo/client/react';
import { Alert, Checkbox, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  CONTRACT_TYPE_LABELS,
  ContractType,
  isLastingJob,
  isQualifyingTraining,
  STEP_KIND_LABELS,
  STEP_OUTCOME_LABELS,
  StepKind,
  stepFieldErrors,
  StepOutcome,
} from '@passerelle/domain';
import type { PliePathFieldsFragment } from '../../../generated/graphql';
import { todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { ADD_PATH_STEP_MUTATION, UPDATE_PATH_STEP_MUTATION } from '../graphql/paths';
import { isContractStep, isFixedTerm } from '../path-rules';
import { FormModal } from '../../common/components/form-modal';

type Step = PliePathFieldsFragment['steps'][number];

interface Values {
  kind: StepKind | '';
  title: string;
  organisation: string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  outcome: StepOutcome;
  outcomeNote: string;
  qualifying: boolean;
  contractType: ContractType | '';
  contractMonths: number | '';
  workingTimePercent: number | '';
}

const KIND_OPTIONS = Object.values(StepKind).map((value) => ({ value, label: STEP_KIND_LABELS[value] }));
const OUTCOME_OPTIONS = Object.values(StepOutcome).map((value) => ({ value, label: STEP_OUTCOME_LABELS[value] }));
const CONTRACT_OPTIONS = Object.values(ContractType).map((value) => ({ value, label: CONTRACT_TYPE_LABELS[value] }));

function facts(values: Values) {
  return {
    kind: (values.kind || StepKind.OTHER) as StepKind,
    qualifying: values.qualifying,
    contractType: values.contractType || null,
    contractMonths: values.contractMonths === '' ? null : Number(values.contractMonths),
    workingTimePercent: values.workingTimePercent === '' ? null : Number(values.workingTimePercent),
    plannedStart: values.plannedStart || null,
    plannedEnd: values.plannedEnd || null,
    actualStart: values.actualStart || null,
    actualEnd: values.actualEnd || null,
    outcome: values.outcome,
  };
}

/**
 * Adds or edits a step. A job carries its contract (type, length, working time): the API recognises a lasting job
 * (which starts the follow-up in employment); the preview here only says what to expect.
 */
export function StepModal({ pathId, step, onClose }: { pathId: string; step: Step | null; onClose(): void }) {
  const [addStep, adding] = useMutation(ADD_PATH_STEP_MUTATION, { refetchQueries: ['MyPortfolio', 'Participants'] });
  const [updateStep, updating] = useMutation(UPDATE_PATH_STEP_MUTATION, {
    refetchQueries: ['MyPortfolio', 'Participants'],
  });
  const form = useForm<Values>({
    initialValues: {
      kind: step?.kind ?? '',
      title: step?.title ?? '',
      organisation: step?.organisation ?? '',
      plannedStart: step?.plannedStart ?? todayInParis(),
      plannedEnd: step?.plannedEnd ?? '',
      actualStart: step?.actualStart ?? '',
      actualEnd: step?.actualEnd ?? '',
      outcome: step?.outcome ?? StepOutcome.PLANNED,
      outcomeNote: step?.outcomeNote ?? '',
      qualifying: step?.qualifying ?? false,
      contractType: step?.contractType ?? '',
      contractMonths: step?.contractMonths ?? '',
      workingTimePercent: step?.workingTimePercent ?? '',
    },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (!values.kind) errors.kind = 'Choisissez un type d’étape.';
      if (!values.title.trim()) errors.title = 'L’intitulé est obligatoire.';
      if (!values.plannedStart) errors.plannedStart = 'Le début prévu est obligatoire.';
      return { ...stepFieldErrors(facts(values)), ...errors };
    },
  });
  // A real start given: the step has begun (a hire is "en cours", not "prévue").
  form.watch('actualStart', ({ value }) => {
    if (value && value <= todayInParis() && form.getValues().outcome === StepOutcome.PLANNED)
      form.setFieldValue('outcome', StepOutcome.IN_PROGRESS);
  });
  const values = form.getValues();
  const contract = isContractStep(values.kind);
  const preview = facts(values);
  const lasting = contract && isLastingJob(preview);
  const qualifying = values.kind === StepKind.TRAINING && isQualifyingTraining(preview);

  async function submit(values: Values) {
    const f = facts(values);
    const common = {
      title: values.title.trim(),
      organisation: values.organisation.trim() || null,
      plannedStart: values.plannedStart,
      plannedEnd: values.plannedEnd || null,
      actualStart: values.actualStart || null,
      actualEnd: values.actualEnd || null,
      outcome: values.outcome,
      outcomeNote: values.outcomeNote.trim() || null,
      qualifying: values.kind === StepKind.TRAINING && values.qualifying,
      contractType: contract ? f.contractType : null,
      contractMonths: contract && isFixedTerm(f.contractType) ? f.contractMonths : null,
      workingTimePercent: contract ? f.workingTimePercent : null,
    };
    try {
      if (step) {
        const { data } = await updateStep({ variables: { input: { id: step.id, version: step.version, ...common } } });
        notifySuccess(data?.updatePathStep.lastingJob ? 'Étape modifiée : emploi durable reconnu.' : 'Étape modifiée.');
      } else {
        const { data } = await addStep({ variables: { input: { pathId, kind: values.kind as StepKind, ...common } } });
        notifySuccess(
          data?.addPathStep.lastingJob
            ? 'Emploi durable reconnu : le parcours passe en suivi dans l’emploi (6 mois).'
            : 'L’étape est ajoutée au parcours.',
          'Étape enregistrée',
        );
      }
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }

  return (
    <FormModal
      onClose={onClose}
      title={step ? `Modifier l’étape « ${step.title} »` : 'Nouvelle étape du parcours'}
      size="xl"
      onSubmit={form.onSubmit(submit)}
      loading={adding.loading || updating.loading}
      submitLabel={step ? 'Enregistrer' : 'Ajouter l’étape'}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Type d’étape"
          data={KIND_OPTIONS}
          required
          disabled={!!step}
          allowDeselect={false}
          data-autofocus
          {...form.getInputProps('kind')}
        />
        <TextInput
          label="Intitulé"
          description="Ex. : Cariste, Atelier CV, Titre pro. ADVF"
          required
          {...form.getInputProps('title')}
        />
        <TextInput
          label={contract ? 'Employeur' : 'Organisme ou structure d’accueil'}
          {...form.getInputProps('organisation')}
        />
        <Select
          label="Où en est l’étape"
          data={OUTCOME_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('outcome')}
        />
        <DayInput label="Début prévu" required {...form.getInputProps('plannedStart')} />
        <DayInput label="Fin prévue" {...form.getInputProps('plannedEnd')} />
        <DayInput
          label={contract ? 'Date d’embauche (début réel)' : 'Début réel'}
          {...form.getInputProps('actualStart')}
        />
        <DayInput label="Fin réelle" {...form.getInputProps('actualEnd')} />
      </SimpleGrid>
      {values.kind === StepKind.TRAINING && (
        <Checkbox
          label="Formation qualifiante (titre, diplôme, certification)"
          {...form.getInputProps('qualifying', { type: 'checkbox' })}
        />
      )}
      {contract && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Type de contrat"
            data={CONTRACT_OPTIONS}
            required
            allowDeselect={false}
            {...form.getInputProps('contractType')}
          />
          {isFixedTerm(values.contractType) && (
            <NumberInput
              label="Durée du contrat (mois)"
              required
              min={1}
              max={120}
              allowDecimal={false}
              {...form.getInputProps('contractMonths')}
            />
          )}
          <NumberInput
            label="Temps de travail (% d’un temps plein)"
            description="100 = temps plein, 50 = mi-temps"
            required
            min={1}
            max={100}
            allowDecimal={false}
            suffix=" %"
            {...form.getInputProps('workingTimePercent')}
          />
        </SimpleGrid>
      )}
      {contract && values.contractType && (
        <Alert color={lasting ? 'teal' : 'gray'} variant="light" aria-live="polite">
          {lasting
            ? 'Ce contrat est un emploi durable : le parcours passera en suivi dans l’emploi pendant 6 mois.'
            : 'Ce contrat n’est pas un emploi durable (CDI d’au moins un mi-temps, ou CDD ou intérim de 6 mois et plus).'}
        </Alert>
      )}
      {qualifying && (
        <Alert color="teal" variant="light">
          Une formation qualifiante fait passer le parcours en suivi jusqu’à la fin de la formation.
        </Alert>
      )}
      <Textarea label="Commentaire sur le résultat" autosize minRows={2} {...form.getInputProps('outcomeNote')} />
    </FormModal>
  );
}
