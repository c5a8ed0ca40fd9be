import { useMutation, useQuery } from '@apollo/client/react';
import { LineChart } from '@mantine/charts';
import {
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type {
  CejContractFieldsFragment,
  CejPositioningFieldsFragment,
  CejPositioningQuery,
  PositioningMilestone,
} from '../../../generated/graphql';
import { formatShortDay, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { QueryError } from '../../common/components/query-error';
import {
  CEJ_POSITIONING_QUERY,
  RECORD_CEJ_POSITIONING_MUTATION,
  UPDATE_CEJ_POSITIONING_MUTATION,
} from '../graphql/cej-positioning';
import {
  DUE_STATUS_COLORS,
  dueStatusLabel,
  FIELD_COLORS,
  fieldLabel,
  FIELDS,
  formatDelta,
  milestoneLabel,
  positioningChartData,
  SCORE_OPTIONS,
} from '../positioning-rules';
import { FormModal } from '../../common/components/form-modal';

type Contract = CejContractFieldsFragment;
type Grid = CejPositioningQuery['cejPositioningGrid'];
type Sheet = CejPositioningFieldsFragment;
type Due = NonNullable<CejPositioningQuery['cejContract']>['positioningSchedule'][number];
const REFETCH = ['CejPositioning', 'CejContractsNeedingAttention'];

/** The sheet form: every skill of the grid scored 1 to 4, field by field, with both parties' comments. */
function PositioningModal({
  contract,
  grid,
  due,
  sheet,
  onClose,
}: {
  contract: Contract;
  grid: Grid;
  due?: Due;
  sheet?: Sheet;
  onClose(): void;
}) {
  const today = todayInParis();
  const [record, recording] = useMutation(RECORD_CEJ_POSITIONING_MUTATION, { refetchQueries: REFETCH });
  const [update, updating] = useMutation(UPDATE_CEJ_POSITIONING_MUTATION, { refetchQueries: REFETCH });
  const initialScores = Object.fromEntries(
    grid.map((skill) => [skill.code, String(sheet?.scores.find((s) => s.skill === skill.code)?.score ?? '')]),
  );
  const form = useForm({
    initialValues: {
      date: sheet?.date ?? (due && due.dueOn < today ? due.dueOn : today),
      scores: initialScores as Record<string, string>,
      youngPersonComment: sheet?.youngPersonComment ?? '',
      counsellorComment: sheet?.counsellorComment ?? '',
    },
    validate: {
      date: (value) => (value ? null : 'Indiquez le jour de l’entretien.'),
      scores: (value) =>
        Object.values(value).some((score) => !score) ? 'Notez chaque compétence de la grille, de 1 à 4.' : null,
    },
  });
  const milestone = (sheet?.milestone ?? due?.milestone) as PositioningMilestone;
  async function submit(values: typeof form.values) {
    const scores = grid.map((skill) => ({ skill: skill.code, score: Number(values.scores[skill.code]) }));
    const comments = {
      youngPersonComment: values.youngPersonComment.trim() || null,
      counsellorComment: values.counsellorComment.trim() || null,
    };
    try {
      if (sheet)
        await update({
          variables: { input: { id: sheet.id, version: sheet.version, date: values.date, scores, ...comments } },
        });
      else
        await record({
          variables: {
            input: {
              contractId: contract.id,
              milestone,
              renewalId: due?.renewalId ?? null,
              date: values.date,
              scores,
              ...comments,
            },
          },
        });
      notifySuccess(`${milestoneLabel(milestone)} enregistré.`, 'Fiche de positionnement');
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title={milestoneLabel(milestone)}
      size="xl"
      onSubmit={form.onSubmit(submit)}
      loading={recording.loading || updating.loading}
      submitLabel="Enregistrer la fiche"
    >
      <Text size="sm" c="dimmed">
        La grille se remplit avec le ou la jeune : chaque compétence est notée de 1 (non acquis) à 4 (maîtrisé).
      </Text>
      <DayInput label="Jour de l’entretien" required max={today} w={220} {...form.getInputProps('date')} />
      {FIELDS.map((field) => (
        <Stack key={field} gap="xs">
          <Title order={3} size="h5">
            {fieldLabel(field)}
          </Title>
          {grid
            .filter((skill) => skill.field === field)
            .map((skill) => (
              <Group
                key={skill.code}
                justify="space-between"
                wrap="wrap"
                gap="xs"
                role="group"
                aria-label={skill.label}
              >
                <Text size="sm" maw={320}>
                  {skill.label}
                </Text>
                <SegmentedControl size="xs" data={SCORE_OPTIONS} {...form.getInputProps(`scores.${skill.code}`)} />
              </Group>
            ))}
        </Stack>
      ))}
      {form.errors.scores && (
        <Text c="red" size="sm">
          {form.errors.scores}
        </Text>
      )}
      <Textarea
        label="Ce qu’en dit le ou la jeune"
        autosize
        minRows={2}
        {...form.getInputProps('youngPersonComment')}
      />
      <Textarea
        label="Observations du conseiller ou de la conseillère"
        autosize
        minRows={2}
        {...form.getInputProps('counsellorComment')}
      />
    </FormModal>
  );
}

/** Due dates of the sheets (first 15 days, 6 months, 12 months, each renewal), late ones flagged. */
function Schedule({ schedule, canWrite, onRecord }: { schedule: Due[]; canWrite: boolean; onRecord(due: Due): void }) {
  if (schedule.length === 0) return <Text c="dimmed">Les échéances s’ouvrent à la signature du contrat.</Text>;
  return (
    <Table withTableBorder striped aria-label="Échéances de positionnement">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Fiche</Table.Th>
          <Table.Th>Échéance</Table.Th>
          <Table.Th>État</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {schedule.map((due) => (
          <Table.Tr key={`${due.milestone}-${due.renewalId ?? ''}`}>
            <Table.Td>{milestoneLabel(due.milestone)}</Table.Td>
            <Table.Td>{formatShortDay(due.dueOn)}</Table.Td>
            <Table.Td>
              <Badge color={DUE_STATUS_COLORS[due.status]} variant={due.status === 'OVERDUE' ? 'filled' : 'light'}>
                {dueStatusLabel(due.status)}
              </Badge>
            </Table.Td>
            <Table.Td>
              {canWrite && due.status !== 'DONE' && (
                <Button size="compact-sm" variant="light" onClick={() => onRecord(due)}>
                  Saisir la fiche
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

type Progress = NonNullable<NonNullable<CejPositioningQuery['cejContract']>['positioningProgress']>;

/** Skill by skill, between the first and the last sheet. */
function ProgressTable({ progress }: { progress: Progress }) {
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        Du {milestoneLabel(progress.from.milestone).toLowerCase()} ({formatShortDay(progress.from.date)}) au{' '}
        {milestoneLabel(progress.to.milestone).toLowerCase()} ({formatShortDay(progress.to.date)})
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {progress.fields.map((f) => (
          <Card key={f.field} withBorder padding="sm">
            <Text size="sm" c="dimmed">
              {fieldLabel(f.field)}
            </Text>
            <Text fw={700}>
              {f.before?.toLocaleString('fr-FR') ?? '—'} → {f.after?.toLocaleString('fr-FR') ?? '—'} (
              {formatDelta(f.delta)})
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Table withTableBorder striped aria-label="Progression par compétence">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Compétence</Table.Th>
            <Table.Th ta="right">Avant</Table.Th>
            <Table.Th ta="right">Après</Table.Th>
            <Table.Th ta="right">Évolution</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {progress.skills.map((s) => (
            <Table.Tr key={s.skill}>
              <Table.Td>{s.label}</Table.Td>
              <Table.Td ta="right">{s.before ?? '—'}</Table.Td>
              <Table.Td ta="right">{s.after ?? '—'}</Table.Td>
              <Table.Td ta="right" c={s.delta && s.delta > 0 ? 'teal.7' : s.delta && s.delta < 0 ? 'red.7' : undefined}>
                {formatDelta(s.delta)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The positioning sheets of a contract: due dates, history with a chart of progress, and the sheet form. */
export function PositioningPanel({ contract, canWrite }: { contract: Contract; canWrite: boolean }) {
  const { data, loading, error, refetch } = useQuery(CEJ_POSITIONING_QUERY, { variables: { id: contract.id } });
  const [editing, setEditing] = useState<{ due?: Due; sheet?: Sheet } | null>(null);
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton h={240} />;
  if (!data?.cejContract) return null;
  const { positionings, positioningSchedule, positioningProgress } = data.cejContract;
  const grid = data.cejPositioningGrid;
  const late = positioningSchedule.filter((due) => due.status === 'OVERDUE').length;
  const chart = positioningChartData(positionings);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h4">
          Échéances
        </Title>
        {late > 0 && (
          <Badge color="red" variant="filled">
            {late} fiche{late > 1 ? 's' : ''} en retard
          </Badge>
        )}
      </Group>
      <Schedule
        schedule={positioningSchedule}
        canWrite={canWrite && contract.status !== 'DRAFT'}
        onRecord={(due) => setEditing({ due })}
      />
      <Title order={2} size="h4">
        Progression entre les positionnements
      </Title>
      {chart.length === 0 ? (
        <Text c="dimmed">Aucune fiche saisie pour l’instant.</Text>
      ) : (
        <LineChart
          h={240}
          data={chart}
          dataKey="fiche"
          yAxisProps={{ domain: [1, 4], ticks: [1, 2, 3, 4] }}
          series={FIELDS.map((field) => ({ name: fieldLabel(field), color: FIELD_COLORS[field] }))}
          withLegend
          connectNulls
          aria-label="Moyenne de chaque champ, fiche après fiche (1 à 4)"
        />
      )}
      {positioningProgress ? (
        <ProgressTable progress={positioningProgress} />
      ) : (
        chart.length === 1 && (
          <Text size="sm" c="dimmed">
            La progression s’affiche à partir de la deuxième fiche.
          </Text>
        )
      )}
      <Title order={2} size="h4">
        Historique des fiches
      </Title>
      {positionings.length === 0 ? (
        <Text c="dimmed" size="sm">
          Aucune fiche.
        </Text>
      ) : (
        <Table withTableBorder striped aria-label="Historique des fiches de positionnement">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Fiche</Table.Th>
              <Table.Th>Jour</Table.Th>
              {FIELDS.map((field) => (
                <Table.Th key={field} ta="right">
                  {fieldLabel(field)}
                </Table.Th>
              ))}
              <Table.Th>Commentaires</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...positionings].reverse().map((sheet) => {
              const point = chart.find((p) => String(p.fiche).endsWith(`(${formatShortDay(sheet.date)})`));
              return (
                <Table.Tr key={sheet.id}>
                  <Table.Td>{milestoneLabel(sheet.milestone)}</Table.Td>
                  <Table.Td>{formatShortDay(sheet.date)}</Table.Td>
                  {FIELDS.map((field) => (
                    <Table.Td key={field} ta="right">
                      {point?.[fieldLabel(field)]?.toLocaleString('fr-FR') ?? '—'}
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Text size="xs">
                      {[sheet.youngPersonComment, sheet.counsellorComment].filter(Boolean).join(' · ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {canWrite && (
                      <Button size="compact-sm" variant="subtle" onClick={() => setEditing({ sheet })}>
                        Modifier
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <PositioningModal
          contract={contract}
          grid={grid}
          due={editing.due}
          sheet={editing.sheet}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
