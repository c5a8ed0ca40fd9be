import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { CEJ_ACTION_KIND_LABELS } from '@passerelle/domain';
import { useState } from 'react';
import type {
  CejActionFieldsFragment,
  CejActionKind,
  CejActionOutcome,
  CejContractFieldsFragment,
} from '../../../generated/graphql';
import { addDays, formatShortDay, plural, todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess, showFormError } from '../../../lib/notify';
import { QueryError } from '../../common/components/query-error';
import {
  actionKindLabel,
  actionOutcomeLabel,
  actionsByDay,
  formatHours,
  formatRate,
  mondayOf,
  options,
  OUTCOME_COLORS,
  partlyDoneError,
  pendingActionsLabel,
  plannedVsDone,
  WEEKDAY_NAMES,
  weekDays,
  weekIntensityView,
  weekLabel,
} from '../cej-rules';
import {
  ADD_CEJ_ACTIONS_MUTATION,
  CEJ_CONTRACT_ACTIONS_QUERY,
  DELETE_CEJ_ACTION_MUTATION,
  RECORD_CEJ_ACTION_OUTCOME_MUTATION,
} from '../graphql/cej';
import { ConfirmModal } from '../../common/components/confirm-modal';
import { FormModal } from '../../common/components/form-modal';

type Action = CejActionFieldsFragment;
type Contract = CejContractFieldsFragment;
const REFETCH = ['CejContractActions', 'CejContract', 'CejAllowance', 'CejBreachSuggestions'];

/** Plans one action per chosen weekday of the week, with the same title, kind and hours. */
function AddActionsModal({ contract, monday, onClose }: { contract: Contract; monday: string; onClose(): void }) {
  const days = weekDays(monday);
  const [add, { loading }] = useMutation(ADD_CEJ_ACTIONS_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: {
      title: '',
      kind: 'WORKSHOP',
      organisation: '',
      objective: '',
      plannedHours: 3.5 as number | string,
      days: days.slice(0, 5).filter((d) => d >= contract.startOn && d <= contract.lastDayOn),
    },
    validate: {
      title: (value) => (value.trim() ? null : 'Donnez un intitulé à l’action.'),
      plannedHours: (value) => (Number(value) > 0 && Number(value) <= 12 ? null : 'De 0,5 à 12 heures par jour.'),
      days: (value) => (value.length > 0 ? null : 'Choisissez au moins un jour.'),
    },
  });
  async function submit(values: typeof form.values) {
    try {
      await add({
        variables: {
          input: {
            contractId: contract.id,
            actions: values.days.map((date) => ({
              date,
              kind: values.kind as CejActionKind,
              title: values.title.trim(),
              organisation: values.organisation.trim() || null,
              objective: values.objective.trim() || null,
              plannedHours: Number(values.plannedHours),
            })),
          },
        },
      });
      notifySuccess(
        `${plural(values.days.length, 'action ajoutée', 'actions ajoutées')} au planning.`,
        'Planning enregistré',
      );
      onClose();
    } catch (error) {
      showFormError(form, error, { actions: 'days' });
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title={`Planifier — ${weekLabel(monday)}`}
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Planifier"
    >
      <TextInput label="Intitulé" required data-autofocus {...form.getInputProps('title')} />
      <Group grow align="flex-start">
        <Select
          label="Type d’action"
          required
          data={options(CEJ_ACTION_KIND_LABELS)}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <NumberInput
          label="Heures prévues par jour"
          required
          min={0.5}
          max={12}
          step={0.5}
          decimalSeparator=","
          {...form.getInputProps('plannedHours')}
        />
      </Group>
      <TextInput label="Entreprise, organisme ou prestataire" {...form.getInputProps('organisation')} />
      <Textarea label="Objectif" autosize minRows={2} {...form.getInputProps('objective')} />
      <Checkbox.Group label="Jours" required {...form.getInputProps('days')}>
        <Group mt="xs">
          {days.map((day, i) => (
            <Checkbox
              key={day}
              value={day}
              label={`${WEEKDAY_NAMES[i]} ${formatShortDay(day).slice(0, 5)}`}
              disabled={day < contract.startOn || day > contract.lastDayOn}
            />
          ))}
        </Group>
      </Checkbox.Group>
    </FormModal>
  );
}

/** Done, not done (excused or not) or partly done: the hours done follow. */
function OutcomeModal({ action, outcome, onClose }: { action: Action; outcome: CejActionOutcome; onClose(): void }) {
  const [record, { loading }] = useMutation(RECORD_CEJ_ACTION_OUTCOME_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { outcome: outcome as string, doneHours: '' as number | string, note: '', lastingJob: false },
    validate: {
      doneHours: (value, values) =>
        values.outcome === 'PARTLY_DONE'
          ? partlyDoneError(action.plannedHours, value === '' ? null : Number(value))
          : null,
    },
  });
  async function submit(values: typeof form.values) {
    try {
      await record({
        variables: {
          input: {
            id: action.id,
            version: action.version,
            outcome: values.outcome as CejActionOutcome,
            doneHours: values.outcome === 'PARTLY_DONE' ? Number(values.doneHours) : null,
            note: values.note.trim() || null,
            lastingJob: action.kind === 'JOB' && values.outcome === 'DONE' ? values.lastingJob : null,
          },
        },
      });
      notifySuccess(
        `« ${action.title} » : ${actionOutcomeLabel(values.outcome).toLowerCase()}.`,
        'Réalisation enregistrée',
      );
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title={`${action.title} — ${formatShortDay(action.date)}`}
      onSubmit={form.onSubmit(submit)}
      loading={loading}
    >
      <Text size="sm">{formatHours(action.plannedHours)} prévues.</Text>
      <Select
        label="Réalisation"
        required
        allowDeselect={false}
        data={['DONE', 'PARTLY_DONE', 'NOT_DONE_EXCUSED', 'NOT_DONE_UNEXCUSED', 'PLANNED'].map((value) => ({
          value,
          label: actionOutcomeLabel(value),
        }))}
        {...form.getInputProps('outcome')}
      />
      {form.values.outcome === 'PARTLY_DONE' && (
        <NumberInput
          label="Heures réalisées"
          required
          min={0.5}
          max={action.plannedHours}
          step={0.5}
          decimalSeparator=","
          {...form.getInputProps('doneHours')}
        />
      )}
      {action.kind === 'JOB' && form.values.outcome === 'DONE' && (
        <Checkbox
          label="Embauche sur un emploi durable (met fin au contrat ce jour-là)"
          {...form.getInputProps('lastingJob', { type: 'checkbox' })}
        />
      )}
      <Textarea
        label={form.values.outcome.startsWith('NOT_DONE') ? 'Motif de l’absence' : 'Remarque'}
        description={
          form.values.outcome === 'NOT_DONE_UNEXCUSED'
            ? 'Une absence injustifiée peut donner lieu à un manquement (retenue sur l’allocation).'
            : undefined
        }
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </FormModal>
  );
}

function ActionCard({
  action,
  canWrite,
  onOutcome,
  onDelete,
}: {
  action: Action;
  canWrite: boolean;
  onOutcome(outcome: CejActionOutcome): void;
  onDelete(): void;
}) {
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="cej-action">
      <Stack gap={4}>
        <Text size="sm" fw={500} lineClamp={2}>
          {action.title}
        </Text>
        <Text size="xs" c="dimmed">
          {actionKindLabel(action.kind)}
          {action.organisation ? ` · ${action.organisation}` : ''}
        </Text>
        <Text size="xs">
          {action.outcome === 'PLANNED'
            ? `${formatHours(action.plannedHours)} prévues`
            : `${formatHours(action.doneHours ?? 0)} / ${formatHours(action.plannedHours)}`}
        </Text>
        <Group gap={4} justify="space-between" wrap="nowrap">
          <Tooltip
            label={action.outcomeNote ?? actionOutcomeLabel(action.outcome)}
            disabled={!action.outcomeNote}
            multiline
            w={220}
          >
            <Badge
              size="xs"
              color={OUTCOME_COLORS[action.outcome]}
              variant="light"
              style={{ whiteSpace: 'normal', height: 'auto' }}
            >
              {actionOutcomeLabel(action.outcome)}
            </Badge>
          </Tooltip>
          {canWrite && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon
                  variant="subtle"
                  size="sm"
                  aria-label={`Saisir la réalisation de « ${action.title} » le ${formatShortDay(action.date)}`}
                >
                  ⋯
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => onOutcome('DONE')}>Réalisée</Menu.Item>
                <Menu.Item onClick={() => onOutcome('PARTLY_DONE')}>Partiellement réalisée…</Menu.Item>
                <Menu.Item onClick={() => onOutcome('NOT_DONE_EXCUSED')}>Non réalisée, absence justifiée…</Menu.Item>
                <Menu.Item onClick={() => onOutcome('NOT_DONE_UNEXCUSED')}>
                  Non réalisée, absence injustifiée…
                </Menu.Item>
                {action.outcome === 'PLANNED' && (
                  <>
                    <Menu.Divider />
                    <Menu.Item color="red" onClick={onDelete}>
                      Retirer du planning
                    </Menu.Item>
                  </>
                )}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The weekly planning grid: Monday to Sunday, planned against done, with the week's figures from the API. */
export function PlanningWeek({ contract, canWrite }: { contract: Contract; canWrite: boolean }) {
  const today = todayInParis();
  const initial = mondayOf(
    today < contract.startOn ? contract.startOn : today > contract.lastDayOn ? contract.lastDayOn : today,
  );
  const [monday, setMonday] = useState(initial);
  const [modal, setModal] = useState<
    { type: 'add' } | { type: 'outcome'; action: Action; outcome: CejActionOutcome } | null
  >(null);
  const days = weekDays(monday);
  const { data, loading, error, refetch } = useQuery(CEJ_CONTRACT_ACTIONS_QUERY, {
    variables: { id: contract.id, from: days[0], to: days[6] },
  });
  const [remove, { loading: removing }] = useMutation(DELETE_CEJ_ACTION_MUTATION, { refetchQueries: REFETCH });
  const [confirmRemove, setConfirmRemove] = useState<Action | null>(null);
  // While another week loads, the previous week's actions are not shown as this week's figures.
  const weekLoading = loading && !data;
  const actions = data?.cejContract.actions ?? [];
  const byDay = actionsByDay(actions, days);
  const totals = plannedVsDone(actions, today);
  const stats = contract.weeks.find((w) => w.weekStart === monday);
  const intensity = stats ? weekIntensityView(stats) : null;
  const writable = canWrite && (contract.status === 'ACTIVE' || contract.status === 'SUSPENDED');

  async function handleDelete(action: Action) {
    try {
      await remove({ variables: { id: action.id, version: action.version } });
      setConfirmRemove(null);
      notifySuccess(`« ${action.title} » est retirée du planning.`);
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            onClick={() => setMonday(addDays(monday, -7))}
            aria-label="Semaine précédente"
          >
            ←
          </Button>
          <Text fw={600} data-testid="cej-week-label">
            {weekLabel(monday)}
          </Text>
          <Button
            variant="default"
            size="xs"
            onClick={() => setMonday(addDays(monday, 7))}
            aria-label="Semaine suivante"
          >
            →
          </Button>
          {monday !== mondayOf(today) && (
            <Button variant="subtle" size="xs" onClick={() => setMonday(mondayOf(today))}>
              Cette semaine
            </Button>
          )}
        </Group>
        {writable && <Button onClick={() => setModal({ type: 'add' })}>Planifier des actions</Button>}
      </Group>
      {weekLoading ? (
        <Group gap="lg" wrap="wrap" aria-busy data-testid="cej-week-loading">
          <Text size="sm" c="dimmed">
            Chargement de la semaine…
          </Text>
          <Skeleton height={20} width={240} />
        </Group>
      ) : (
        <Group gap="lg" wrap="wrap" data-testid="cej-week-figures">
          <Text size="sm">
            Prévu : <b>{formatHours(totals.plannedHours)}</b>
          </Text>
          <Text size="sm">
            Réalisé : <b>{formatHours(totals.doneHours)}</b>
            {totals.pending > 0 && ` (${pendingActionsLabel(totals.pending)})`}
          </Text>
          {stats && intensity && (
            <>
              <Text size="sm">Assiduité : {formatRate(stats.attendanceRate)}</Text>
              <Badge color={intensity.color} variant="light" data-testid="cej-week-intensity">
                {intensity.label}
              </Badge>
            </>
          )}
        </Group>
      )}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      <SimpleGrid cols={{ base: 1, sm: 4, lg: 7 }} spacing="xs">
        {days.map((day, i) => (
          <Card
            key={day}
            withBorder
            padding="xs"
            bg={day === today ? 'blue.0' : undefined}
            opacity={day < contract.startOn || day > contract.lastDayOn ? 0.5 : 1}
            aria-busy={loading}
          >
            <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
              {WEEKDAY_NAMES[i]} {formatShortDay(day).slice(0, 5)}
            </Text>
            <Stack gap={6}>
              {byDay[day].map((action) => (
                <ActionCard
                  key={action.id}
                  action={action}
                  canWrite={writable}
                  onOutcome={(outcome) => setModal({ type: 'outcome', action, outcome })}
                  onDelete={() => setConfirmRemove(action)}
                />
              ))}
              {weekLoading && <Skeleton height={40} />}
              {!weekLoading && byDay[day].length === 0 && (
                <Text size="xs" c="dimmed">
                  —
                </Text>
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <ConfirmModal
        opened={confirmRemove !== null}
        title="Retirer du planning"
        confirmLabel="Retirer"
        loading={removing}
        onConfirm={() => confirmRemove && void handleDelete(confirmRemove)}
        onClose={() => setConfirmRemove(null)}
      >
        {confirmRemove &&
          `« ${confirmRemove.title} » du ${formatShortDay(confirmRemove.date)} (${formatHours(confirmRemove.plannedHours)} prévues) sera retirée du planning.`}
      </ConfirmModal>
      {modal?.type === 'add' && <AddActionsModal contract={contract} monday={monday} onClose={() => setModal(null)} />}
      {modal?.type === 'outcome' && (
        <OutcomeModal action={modal.action} outcome={modal.outcome} onClose={() => setModal(null)} />
      )}
    </Stack>
  );
}
