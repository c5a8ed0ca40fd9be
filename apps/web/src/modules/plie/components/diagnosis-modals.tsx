import { useMutation } from '@apollo/client/react';
import { Select, SimpleGrid, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  OBSTACLE_KIND_LABELS,
  OBSTACLE_SEVERITY_LABELS,
  OBSTACLE_STATUS_LABELS,
  ObstacleKind,
  ObstacleSeverity,
  ObstacleStatus,
} from '@passerelle/domain';
import type { PliePathFieldsFragment } from '../../../generated/graphql';
import { todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { ADD_OBSTACLE_MUTATION, RECORD_DIAGNOSIS_MUTATION, UPDATE_OBSTACLE_MUTATION } from '../graphql/paths';
import { FormModal, formSaveProps } from '../../common/components/form-modal';

const REFETCH = ['Participant', 'PliePath'];
const options = <T extends string>(labels: Record<T, string>) =>
  (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

export function DiagnosisModal({ pathId, onClose }: { pathId: string; onClose(): void }) {
  const [record, { loading }] = useMutation(RECORD_DIAGNOSIS_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { date: todayInParis(), summary: '', professionalProject: '' },
    validate: {
      date: (value) => (value ? null : 'La date est obligatoire.'),
      summary: (value) => (value.trim() ? null : 'La synthèse du diagnostic est obligatoire.'),
    },
  });
  const modal = formSaveProps(form, 'Le diagnostic socio-professionnel est enregistré.', onClose, (values) =>
    record({
      variables: {
        input: {
          pathId,
          date: values.date,
          summary: values.summary.trim(),
          professionalProject: values.professionalProject.trim() || null,
        },
      },
    }),
  );
  return (
    <FormModal
      {...modal}
      title="Diagnostic socio-professionnel"
      size="lg"
      loading={loading}
      submitLabel="Enregistrer le diagnostic"
    >
      <DayInput label="Date du diagnostic" required data-autofocus {...form.getInputProps('date')} w={220} />
      <Textarea label="Synthèse" required autosize minRows={4} {...form.getInputProps('summary')} />
      <Textarea label="Projet professionnel" autosize minRows={2} {...form.getInputProps('professionalProject')} />
    </FormModal>
  );
}

type Obstacle = PliePathFieldsFragment['obstacles'][number];

/** Adds an obstacle ("frein"), or updates its severity, treatment and lifting. */
export function ObstacleModal({
  pathId,
  obstacle,
  onClose,
}: {
  pathId: string;
  obstacle: Obstacle | null;
  onClose(): void;
}) {
  const [add, adding] = useMutation(ADD_OBSTACLE_MUTATION, { refetchQueries: REFETCH });
  // The answer updates the obstacle in the cache: no need to read the file again.
  const [update, updating] = useMutation(UPDATE_OBSTACLE_MUTATION);
  const form = useForm({
    initialValues: {
      kind: (obstacle?.kind ?? '') as ObstacleKind | '',
      severity: (obstacle?.severity ?? ObstacleSeverity.MEDIUM) as ObstacleSeverity,
      status: (obstacle?.status ?? ObstacleStatus.IDENTIFIED) as ObstacleStatus,
      identifiedOn: obstacle?.identifiedOn ?? todayInParis(),
      liftedOn: obstacle?.liftedOn ?? '',
      note: obstacle?.note ?? '',
    },
    validate: {
      kind: (value) => (value ? null : 'Choisissez le type de frein.'),
      identifiedOn: (value) => (value ? null : 'La date est obligatoire.'),
    },
  });
  const values = form.getValues();
  async function submit(values: typeof form.values) {
    try {
      if (obstacle) {
        await update({
          variables: {
            input: {
              id: obstacle.id,
              version: obstacle.version,
              severity: values.severity,
              status: values.status,
              note: values.note.trim() || null,
              ...(values.status === ObstacleStatus.LIFTED && values.liftedOn ? { liftedOn: values.liftedOn } : {}),
            },
          },
        });
        notifySuccess(values.status === ObstacleStatus.LIFTED ? 'Le frein est levé.' : 'Le frein est mis à jour.');
      } else {
        await add({
          variables: {
            input: {
              pathId,
              kind: values.kind as ObstacleKind,
              severity: values.severity,
              identifiedOn: values.identifiedOn,
              note: values.note.trim() || null,
            },
          },
        });
        notifySuccess('Le frein est ajouté au parcours.');
      }
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title={obstacle ? `Frein : ${OBSTACLE_KIND_LABELS[obstacle.kind]}` : 'Nouveau frein'}
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={adding.loading || updating.loading}
      submitLabel={obstacle ? 'Enregistrer' : 'Ajouter le frein'}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Type de frein"
          data={options(OBSTACLE_KIND_LABELS)}
          required
          disabled={!!obstacle}
          allowDeselect={false}
          data-autofocus
          {...form.getInputProps('kind')}
        />
        <Select
          label="Gravité"
          data={options(OBSTACLE_SEVERITY_LABELS)}
          required
          allowDeselect={false}
          {...form.getInputProps('severity')}
        />
        {obstacle ? (
          <Select
            label="Traitement"
            data={options(OBSTACLE_STATUS_LABELS)}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
        ) : (
          <DayInput label="Repéré le" required {...form.getInputProps('identifiedOn')} />
        )}
        {obstacle && values.status === ObstacleStatus.LIFTED && (
          <DayInput label="Levé le" description="Aujourd’hui si vide" {...form.getInputProps('liftedOn')} />
        )}
      </SimpleGrid>
      <Textarea
        label="Ce qui est fait pour le lever"
        description="Sans donnée de santé : elles vont dans les données sensibles de la fiche."
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </FormModal>
  );
}
