import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import {
  CONTACT_MODE_LABELS,
  FOLLOW_UP_KIND_LABELS,
  FollowUpKind,
  OBSTACLE_KIND_LABELS,
  OBSTACLE_SEVERITY_LABELS,
  OBSTACLE_STATUS_LABELS,
  ObstacleStatus,
  STEP_KIND_LABELS,
  STEP_OUTCOME_LABELS,
  StepOutcome,
} from '@passerelle/domain';
import type { PliePathFieldsFragment } from '../../../generated/graphql';
import { formatDay, formatShortDay, plural } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { RecordsTable } from '../../common/components/records-table';
import { UPDATE_FOLLOW_UP_MUTATION } from '../graphql/paths';
import { contractLabel, periodLabel, SEVERITY_COLORS } from '../path-rules';

type Path = PliePathFieldsFragment;

export function StepsTable({
  steps,
  canAdd,
  onAdd,
  onEdit,
}: {
  steps: Path['steps'];
  canAdd: boolean;
  onAdd(): void;
  onEdit(step: Path['steps'][number]): void;
}) {
  const sorted = [...steps].sort((a, b) =>
    (b.actualStart ?? b.plannedStart).localeCompare(a.actualStart ?? a.plannedStart),
  );
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Étapes du parcours
        </Title>
        {canAdd && <Button onClick={onAdd}>Ajouter une étape</Button>}
      </Group>
      <RecordsTable
        noRecordsText="Aucune étape pour le moment"
        records={sorted}
        columns={[
          {
            accessor: 'title',
            title: 'Étape',
            render: (s) => (
              <Stack gap={0}>
                <Text size="sm" fw={500}>
                  {s.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {STEP_KIND_LABELS[s.kind]}
                  {s.organisation ? ` · ${s.organisation}` : ''}
                </Text>
                {s.createdBy && (
                  <Text size="xs" c="dimmed">
                    Ajoutée par {s.createdBy.fullName}
                  </Text>
                )}
              </Stack>
            ),
          },
          {
            accessor: 'plannedStart',
            title: 'Dates',
            render: (s) => (
              <Stack gap={0}>
                <Text size="sm">Prévue {periodLabel(s.plannedStart, s.plannedEnd)}</Text>
                {(s.actualStart || s.actualEnd) && (
                  <Text size="xs" c="dimmed">
                    Réalisée {periodLabel(s.actualStart, s.actualEnd)}
                  </Text>
                )}
              </Stack>
            ),
          },
          { accessor: 'contractType', title: 'Contrat', render: (s) => contractLabel(s) ?? '—' },
          {
            accessor: 'outcome',
            title: 'État',
            render: (s) => (
              <Group gap={4}>
                <Badge
                  variant="light"
                  color={
                    s.outcome === StepOutcome.ABANDONED ? 'red' : s.outcome === StepOutcome.COMPLETED ? 'teal' : 'gray'
                  }
                >
                  {STEP_OUTCOME_LABELS[s.outcome]}
                </Badge>
                {s.lastingJob && (
                  <Badge color="teal" variant="filled">
                    Emploi durable
                  </Badge>
                )}
                {s.qualifying && (
                  <Badge color="teal" variant="outline">
                    Qualifiante
                  </Badge>
                )}
              </Group>
            ),
          },
          {
            accessor: 'actions',
            title: 'Actions',
            textAlign: 'right',
            render: (s) =>
              canAdd && (
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => onEdit(s)}
                  aria-label={`Modifier l’étape ${s.title}`}
                >
                  Modifier
                </Button>
              ),
          },
        ]}
      />
    </Stack>
  );
}

export function FollowUpsTable({
  followUps,
  lastContactOn,
  withoutContact,
  canRecord,
  onRecord,
}: {
  followUps: Path['followUps'];
  lastContactOn: string | null;
  withoutContact: boolean;
  canRecord: boolean;
  onRecord(kind: FollowUpKind): void;
}) {
  const [updateFollowUp, updating] = useMutation(UPDATE_FOLLOW_UP_MUTATION, {
    refetchQueries: ['Participant', 'PliePath', 'MyPortfolio'],
  });
  async function markAnswered(id: string, version: number) {
    try {
      await updateFollowUp({ variables: { input: { id, version, answered: true } } });
      notifySuccess('La relance est marquée comme répondue.');
    } catch (error) {
      notifyError(error);
    }
  }
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4">
          Entretiens, relances et réunions
        </Title>
        {canRecord && (
          <Group gap="xs">
            <Button onClick={() => onRecord(FollowUpKind.INTERVIEW)}>Saisir un entretien</Button>
            <Button variant="light" onClick={() => onRecord(FollowUpKind.REMINDER)}>
              Saisir une relance
            </Button>
            <Button variant="default" onClick={() => onRecord(FollowUpKind.COLLECTIVE_MEETING)}>
              Réunion collective
            </Button>
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        Dernier contact : {formatDay(lastContactOn, 'aucun')}
      </Text>
      {withoutContact && (
        <Alert color="orange" variant="light">
          Sans contact : deux relances sont restées sans réponse depuis le dernier contact.
        </Alert>
      )}
      <RecordsTable
        noRecordsText="Aucun entretien ni relance pour le moment"
        records={followUps}
        columns={[
          { accessor: 'date', title: 'Date', noWrap: true, render: (f) => formatShortDay(f.date) },
          {
            accessor: 'kind',
            title: 'Type',
            render: (f) => (
              <Stack gap={0}>
                <Text size="sm">{FOLLOW_UP_KIND_LABELS[f.kind]}</Text>
                <Text size="xs" c="dimmed">
                  {[
                    f.mode ? CONTACT_MODE_LABELS[f.mode] : null,
                    f.durationMinutes ? `${f.durationMinutes} min` : null,
                    f.topic,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
            ),
          },
          {
            accessor: 'summary',
            title: 'Compte rendu ou objet',
            render: (f) => (
              <Text size="sm" lineClamp={3}>
                {f.summary ?? '—'}
              </Text>
            ),
          },
          { accessor: 'author', title: 'Par', render: (f) => <Text size="sm">{f.author?.fullName ?? '—'}</Text> },
          {
            accessor: 'answered',
            title: 'Contact',
            render: (f) =>
              f.kind === FollowUpKind.REMINDER ? (
                f.answered ? (
                  <Badge color="teal" variant="light">
                    A répondu
                  </Badge>
                ) : (
                  <Group gap={4} wrap="nowrap">
                    <Badge color="orange" variant="light">
                      Sans réponse
                    </Badge>
                    {canRecord && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        loading={updating.loading}
                        onClick={() => void markAnswered(f.id, f.version)}
                      >
                        A répondu
                      </Button>
                    )}
                  </Group>
                )
              ) : f.kind === FollowUpKind.COLLECTIVE_MEETING && f.attended === false ? (
                <Badge color="orange" variant="light">
                  Absent·e
                </Badge>
              ) : (
                <Badge color="teal" variant="light">
                  Contact
                </Badge>
              ),
          },
        ]}
      />
    </Stack>
  );
}

export function ObstaclesTable({
  diagnoses,
  obstacles,
  canRecord,
  onDiagnosis,
  onAdd,
  onEdit,
}: {
  diagnoses: Path['diagnoses'];
  obstacles: Path['obstacles'];
  canRecord: boolean;
  onDiagnosis(): void;
  onAdd(): void;
  onEdit(obstacle: Path['obstacles'][number]): void;
}) {
  const latest = diagnoses[0];
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            Diagnostic socio-professionnel
          </Title>
          {canRecord && (
            <Button variant="light" onClick={onDiagnosis}>
              {latest ? 'Nouveau diagnostic' : 'Saisir le diagnostic'}
            </Button>
          )}
        </Group>
        {latest ? (
          <Stack gap="xs">
            <Text size="xs" c="dimmed">
              Du {formatDay(latest.date)}
              {latest.author ? `, par ${latest.author.fullName}` : ''}
              {diagnoses.length > 1
                ? ` · ${plural(diagnoses.length - 1, 'diagnostic antérieur', 'diagnostics antérieurs')} dans l’historique`
                : ''}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {latest.summary}
            </Text>
            {latest.professionalProject && (
              <Text size="sm">
                <Text span fw={600}>
                  Projet professionnel :
                </Text>{' '}
                {latest.professionalProject}
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Pas encore de diagnostic.
          </Text>
        )}
      </Card>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Freins à l’emploi
          </Title>
          {canRecord && <Button onClick={onAdd}>Ajouter un frein</Button>}
        </Group>
        <RecordsTable
          noRecordsText="Aucun frein repéré"
          records={obstacles}
          columns={[
            {
              accessor: 'kind',
              title: 'Frein',
              render: (o) => (
                <Text size="sm" fw={500}>
                  {OBSTACLE_KIND_LABELS[o.kind]}
                </Text>
              ),
            },
            {
              accessor: 'severity',
              title: 'Gravité',
              render: (o) => (
                <Badge color={SEVERITY_COLORS[o.severity]} variant="light">
                  {OBSTACLE_SEVERITY_LABELS[o.severity]}
                </Badge>
              ),
            },
            {
              accessor: 'status',
              title: 'Traitement',
              render: (o) => (
                <Badge
                  color={
                    o.status === ObstacleStatus.LIFTED
                      ? 'teal'
                      : o.status === ObstacleStatus.IN_PROGRESS
                        ? 'blue'
                        : 'gray'
                  }
                  variant="light"
                >
                  {OBSTACLE_STATUS_LABELS[o.status]}
                  {o.liftedOn ? ` le ${formatShortDay(o.liftedOn)}` : ''}
                </Badge>
              ),
            },
            {
              accessor: 'identifiedOn',
              title: 'Repéré le',
              noWrap: true,
              render: (o) => formatShortDay(o.identifiedOn),
            },
            {
              accessor: 'note',
              title: 'Ce qui est fait',
              render: (o) => (
                <Text size="sm" lineClamp={2}>
                  {o.note ?? '—'}
                </Text>
              ),
            },
            {
              accessor: 'actions',
              title: 'Actions',
              textAlign: 'right',
              render: (o) =>
                canRecord && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => onEdit(o)}
                    aria-label={`Mettre à jour le frein ${OBSTACLE_KIND_LABELS[o.kind]}`}
                  >
                    Mettre à jour
                  </Button>
                ),
            },
          ]}
        />
      </Stack>
    </Stack>
  );
}
