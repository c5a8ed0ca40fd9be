import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  List,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { ASSESSMENT_KIND_LABELS } from '@passerelle/domain';
import { useState } from 'react';
import type { AssessmentFieldsFragment, AssessmentKind } from '../../../generated/graphql';
import { formatHours, formatShortDay, labelOf, optionsOf, todayInParis } from '../../../lib/format';
import { DayInput } from '../../common/components/day-input';
import { COMPLETE_ASSESSMENT_MUTATION, START_ASSESSMENT_MUTATION } from '../graphql/activities';
import { FormModal, formSaveProps } from '../../common/components/form-modal';

function StartAssessmentModal({ orientationId, onClose }: { orientationId: string; onClose(): void }) {
  const [start, { loading }] = useMutation(START_ASSESSMENT_MUTATION, { refetchQueries: ['Orientation'] });
  const form = useForm({ initialValues: { kind: 'GUIDANCE', startedOn: todayInParis() } });
  const modal = formSaveProps(form, 'Le bilan est engagé : il se termine dans les 2 mois.', onClose, (values) =>
    start({
      variables: { input: { orientationId, kind: values.kind as AssessmentKind, startedOn: values.startedOn } },
    }),
  );
  return (
    <FormModal {...modal} title="Engager un bilan" loading={loading} submitLabel="Engager">
      <Select
        label="Nature du bilan"
        allowDeselect={false}
        data={optionsOf(ASSESSMENT_KIND_LABELS)}
        {...form.getInputProps('kind')}
      />
      <DayInput label="Démarrage" required {...form.getInputProps('startedOn')} />
    </FormModal>
  );
}

function CompleteAssessmentModal({ assessment, onClose }: { assessment: AssessmentFieldsFragment; onClose(): void }) {
  const [complete, { loading }] = useMutation(COMPLETE_ASSESSMENT_MUTATION, { refetchQueries: ['Orientation'] });
  const form = useForm({
    initialValues: {
      completedOn: todayInParis(),
      hours: assessment.kind === 'SKILLS' ? '20' : '14',
      tripartiteMeetingOn: todayInParis(),
      projectTitle: '',
      synthesis: '',
      justification: '',
      actionPlan: [{ title: '', actions: '', dueBy: '' }],
    },
    validate: {
      hours: (v) => (/^\d{1,3}([.,]\d{1,2})?$/.test(v.trim()) ? null : 'Nombre d’heures invalide (ex. 14 ou 14,5).'),
      synthesis: (v) => (v.trim() ? null : 'La synthèse du bilan est obligatoire.'),
      actionPlan: {
        title: (v) => (v.trim() ? null : 'Nommez la phase.'),
        actions: (v) => (v.trim() ? null : 'Décrivez les actions de la phase.'),
      },
    },
  });
  const modal = formSaveProps(form, 'Le bilan est terminé.', onClose, (values) =>
    complete({
      variables: {
        input: {
          id: assessment.id,
          version: assessment.version,
          completedOn: values.completedOn,
          hours: values.hours.trim().replace(',', '.'),
          tripartiteMeetingOn: values.tripartiteMeetingOn || null,
          projectTitle: values.projectTitle.trim() || null,
          synthesis: values.synthesis.trim(),
          justification: values.justification.trim() || null,
          actionPlan: values.actionPlan.map((p) => ({
            title: p.title.trim(),
            actions: p.actions.trim(),
            dueBy: p.dueBy || null,
          })),
        },
      },
    }),
  );
  return (
    <FormModal
      {...modal}
      title={`Terminer le ${labelOf(ASSESSMENT_KIND_LABELS, assessment.kind).toLowerCase()}`}
      size="xl"
      loading={loading}
      submitLabel="Terminer le bilan"
    >
      <Group grow align="flex-start">
        <DayInput
          label="Fin du bilan"
          required
          description={`À terminer au plus tard le ${formatShortDay(assessment.dueBy)}`}
          {...form.getInputProps('completedOn')}
        />
        <TextInput
          label="Heures réalisées"
          required
          description={assessment.kind === 'SKILLS' ? '20 heures' : 'De 12 à 15 heures'}
          {...form.getInputProps('hours')}
        />
        <DayInput
          label="Entretien tripartite de fin"
          required
          description="Prestataire, référent·e, participant·e"
          {...form.getInputProps('tripartiteMeetingOn')}
        />
      </Group>
      <TextInput label="Projet professionnel retenu" {...form.getInputProps('projectTitle')} />
      <Textarea label="Synthèse" required autosize minRows={3} {...form.getInputProps('synthesis')} />
      <Title order={3} size="h6">
        Plan d’actions phasé
      </Title>
      {form.values.actionPlan.map((_, index) => (
        <Group key={index} align="flex-start" wrap="nowrap">
          <TextInput
            label={`Phase ${index + 1}`}
            style={{ flex: 1 }}
            {...form.getInputProps(`actionPlan.${index}.title`)}
          />
          <TextInput label="Actions" style={{ flex: 2 }} {...form.getInputProps(`actionPlan.${index}.actions`)} />
          <DayInput label="Échéance" {...form.getInputProps(`actionPlan.${index}.dueBy`)} />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={28}
            aria-label={`Retirer la phase ${index + 1}`}
            disabled={form.values.actionPlan.length === 1}
            onClick={() => form.removeListItem('actionPlan', index)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button variant="subtle" onClick={() => form.insertListItem('actionPlan', { title: '', actions: '', dueBy: '' })}>
        Ajouter une phase
      </Button>
      <Textarea
        label="Justification (bilan au-delà de 2 mois)"
        autosize
        minRows={1}
        {...form.getInputProps('justification')}
      />
    </FormModal>
  );
}

/** Seed 002, lot 4: the guidance (12–15 h) or skills (20 h) assessment, within 2 months, closed by the three-way meeting. */
export function AssessmentsCard({
  orientationId,
  assessments,
  canStart,
  canAct,
}: {
  orientationId: string;
  assessments: readonly AssessmentFieldsFragment[];
  canStart: boolean;
  canAct: boolean;
}) {
  const [starting, setStarting] = useState(false);
  const [completing, setCompleting] = useState<AssessmentFieldsFragment | null>(null);
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Bilan
        </Title>
        {canStart && assessments.length === 0 && (
          <Button size="xs" variant="light" onClick={() => setStarting(true)}>
            Engager un bilan
          </Button>
        )}
      </Group>
      {assessments.length === 0 && (
        <Text size="sm" c="dimmed">
          Aucun bilan engagé.
        </Text>
      )}
      {assessments.map((a) => (
        <Stack key={a.id} gap={4} data-testid="assessment">
          <Group gap="xs">
            <Text fw={500}>{labelOf(ASSESSMENT_KIND_LABELS, a.kind)}</Text>
            <Text size="sm">
              démarré le {formatShortDay(a.startedOn)}, à terminer avant le {formatShortDay(a.dueBy)}
            </Text>
            {a.completedOn ? (
              <Badge color="teal" variant="light">
                Terminé le {formatShortDay(a.completedOn)}
              </Badge>
            ) : a.overdue ? (
              <Badge color="red" variant="light">
                En retard
              </Badge>
            ) : (
              <Badge color="blue" variant="light">
                En cours
              </Badge>
            )}
            {!a.completedOn && canAct && (
              <Button size="xs" variant="default" onClick={() => setCompleting(a)}>
                Terminer le bilan
              </Button>
            )}
          </Group>
          {a.completedOn && (
            <>
              <Text size="sm">
                {formatHours(a.hours)} · entretien tripartite le {formatShortDay(a.tripartiteMeetingOn)}
                {a.projectTitle ? ` · projet : ${a.projectTitle}` : ''}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {a.synthesis}
              </Text>
              <List size="sm">
                {a.actionPlan.map((p, i) => (
                  <List.Item key={i}>
                    <b>{p.title}</b> : {p.actions}
                    {p.dueBy ? ` (avant le ${formatShortDay(p.dueBy)})` : ''}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      ))}
      {starting && <StartAssessmentModal orientationId={orientationId} onClose={() => setStarting(false)} />}
      {completing && <CompleteAssessmentModal assessment={completing} onClose={() => setCompleting(null)} />}
    </Card>
  );
}
