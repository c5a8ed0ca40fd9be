import { useMutation, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  BOOKLET_ENTRY_KIND_LABELS,
  isWithinLocalArea,
  LOCAL_JOB_MARKET_RADIUS_KM,
  MARKET_KNOWLEDGE_KIND_LABELS,
  TRANSVERSAL_SKILL_STATUS_LABELS,
  TUTOR_CRITERION_LABELS,
} from '@passerelle/domain';
import { useState } from 'react';
import type {
  BookletEntryKind,
  CejBookletQuery,
  FinalEvaluationTheme,
  MarketKnowledgeKind,
  TransversalSkillStatus,
  TutorCriterion,
} from '../../../generated/graphql';
import { formatShortDay, todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { QueryError } from '../../common/components/query-error';
import { options } from '../cej-rules';
import {
  ADD_CEJ_BOOKLET_ENTRY_MUTATION,
  CEJ_BOOKLET_QUERY,
  SAVE_CEJ_MARKET_KNOWLEDGE_MUTATION,
  SAVE_CEJ_TRANSVERSAL_SKILL_MUTATION,
  SET_CEJ_FINAL_EVALUATION_MUTATION,
} from '../graphql/cej-booklet';
import { fieldLabel } from '../positioning-rules';
import { FormModal, formSaveProps } from '../../common/components/form-modal';
import { ListSection } from '../../common/components/list-section';

type Contract = NonNullable<CejBookletQuery['cejContract']>;
type Evaluation = Contract['finalEvaluation'][number];
const REFETCH = ['CejBooklet'];
const label = (table: Record<string, string>, value: string) => table[value] ?? value;
const CRITERIA = Object.keys(TUTOR_CRITERION_LABELS);

/** A tutor's review (criteria scored 1 to 4), an interview report, a piece of work, a social resource. */
function EntryModal({ contractId, onClose }: { contractId: string; onClose(): void }) {
  const [add, { loading }] = useMutation(ADD_CEJ_BOOKLET_ENTRY_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: {
      kind: 'INTERVIEW_REPORT',
      date: todayInParis(),
      title: '',
      content: '',
      author: '',
      organisation: '',
      ratings: Object.fromEntries(CRITERIA.map((c) => [c, ''])) as Record<string, string>,
    },
    validate: {
      title: (v) => (v.trim() ? null : 'L’intitulé est obligatoire.'),
      content: (v) => (v.trim() ? null : 'Le contenu est obligatoire.'),
    },
  });
  const tutor = form.values.kind === 'TUTOR_REVIEW';
  async function submit(values: typeof form.values) {
    const ratings = tutor
      ? CRITERIA.filter((c) => values.ratings[c]).map((c) => ({
          criterion: c as TutorCriterion,
          score: Number(values.ratings[c]),
        }))
      : null;
    try {
      await add({
        variables: {
          input: {
            contractId,
            kind: values.kind as BookletEntryKind,
            date: values.date,
            title: values.title.trim(),
            content: values.content.trim(),
            author: values.author.trim() || null,
            organisation: values.organisation.trim() || null,
            ratings,
          },
        },
      });
      notifySuccess('Ajouté au livret d’actions.');
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Ajouter au livret"
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Ajouter"
    >
      <Group grow>
        <Select
          label="Type"
          data={options(BOOKLET_ENTRY_KIND_LABELS)}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <DayInput label="Jour" required {...form.getInputProps('date')} />
      </Group>
      <TextInput label="Intitulé" required {...form.getInputProps('title')} />
      <Textarea label="Contenu" required autosize minRows={3} {...form.getInputProps('content')} />
      <Group grow>
        <TextInput label={tutor ? 'Tuteur ou tutrice' : 'Auteur'} {...form.getInputProps('author')} />
        <TextInput label="Entreprise ou organisme" {...form.getInputProps('organisation')} />
      </Group>
      {tutor &&
        CRITERIA.map((criterion) => (
          <Group
            key={criterion}
            justify="space-between"
            role="group"
            aria-label={label(TUTOR_CRITERION_LABELS, criterion)}
          >
            <Text size="sm">{label(TUTOR_CRITERION_LABELS, criterion)}</Text>
            <SegmentedControl size="xs" data={['1', '2', '3', '4']} {...form.getInputProps(`ratings.${criterion}`)} />
          </Group>
        ))}
    </FormModal>
  );
}

function SkillModal({ contractId, onClose }: { contractId: string; onClose(): void }) {
  const [save, { loading }] = useMutation(SAVE_CEJ_TRANSVERSAL_SKILL_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { label: '', status: 'TO_WORK_ON', transposition: '' },
    validate: { label: (v) => (v.trim() ? null : 'Nommez la compétence.') },
  });
  const modal = formSaveProps(form, 'Compétence transversale enregistrée.', onClose, (values) =>
    save({
      variables: {
        input: {
          contractId,
          label: values.label.trim(),
          status: values.status as TransversalSkillStatus,
          transposition: values.transposition.trim() || null,
        },
      },
    }),
  );
  return (
    <FormModal {...modal} title="Compétence transversale" loading={loading} submitLabel="Enregistrer">
      <TextInput label="Compétence" required data-autofocus {...form.getInputProps('label')} />
      <Select
        label="État"
        data={options(TRANSVERSAL_SKILL_STATUS_LABELS)}
        allowDeselect={false}
        {...form.getInputProps('status')}
      />
      <Textarea
        label="Transposition dans le monde professionnel"
        autosize
        minRows={2}
        {...form.getInputProps('transposition')}
      />
    </FormModal>
  );
}

function MarketModal({ contractId, onClose }: { contractId: string; onClose(): void }) {
  const [save, { loading }] = useMutation(SAVE_CEJ_MARKET_KNOWLEDGE_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: {
      kind: 'SECTOR',
      name: '',
      commune: '',
      distanceKm: '' as number | string,
      seasonality: '',
      note: '',
    },
    validate: { name: (v) => (v.trim() ? null : 'Le nom est obligatoire.') },
  });
  const modal = formSaveProps(form, 'Ajouté à la connaissance du bassin d’emploi.', onClose, (values) =>
    save({
      variables: {
        input: {
          contractId,
          kind: values.kind as MarketKnowledgeKind,
          name: values.name.trim(),
          commune: values.commune.trim() || null,
          distanceKm: values.distanceKm === '' ? null : Number(values.distanceKm),
          seasonality: values.seasonality.trim() || null,
          note: values.note.trim() || null,
        },
      },
    }),
  );
  return (
    <FormModal {...modal} title="Bassin d’emploi" loading={loading} submitLabel="Ajouter">
      <Select
        label="Type"
        data={options(MARKET_KNOWLEDGE_KIND_LABELS)}
        allowDeselect={false}
        {...form.getInputProps('kind')}
      />
      <TextInput label="Nom" required data-autofocus {...form.getInputProps('name')} />
      <Group grow>
        <TextInput label="Commune" {...form.getInputProps('commune')} />
        <NumberInput
          label="Distance du domicile (km)"
          min={0}
          max={1000}
          allowDecimal={false}
          {...form.getInputProps('distanceKm')}
        />
      </Group>
      <TextInput label="Saisonnalité" {...form.getInputProps('seasonality')} />
      <Textarea label="Remarques" autosize minRows={2} {...form.getInputProps('note')} />
    </FormModal>
  );
}

function EvaluationModal({ contractId, row, onClose }: { contractId: string; row: Evaluation; onClose(): void }) {
  const [save, { loading }] = useMutation(SET_CEJ_FINAL_EVALUATION_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { skillsAcquired: row.skillsAcquired, progress: row.progress, areasToImprove: row.areasToImprove },
  });
  const modal = formSaveProps(form, 'Évaluation finale enregistrée.', onClose, (values) =>
    save({
      variables: {
        input: { contractId, theme: row.theme as FinalEvaluationTheme, version: row.version ?? null, ...values },
      },
    }),
  );
  return (
    <FormModal
      {...modal}
      title={`Évaluation finale — ${row.themeLabel}`}
      size="lg"
      loading={loading}
      submitLabel="Enregistrer"
    >
      <Textarea
        label="Compétences acquises"
        autosize
        minRows={2}
        data-autofocus
        {...form.getInputProps('skillsAcquired')}
      />
      <Textarea label="Progrès" autosize minRows={2} {...form.getInputProps('progress')} />
      <Textarea label="Axes d’amélioration" autosize minRows={2} {...form.getInputProps('areasToImprove')} />
    </FormModal>
  );
}

type Dialog =
  { kind: 'entry' } | { kind: 'skill' } | { kind: 'market' } | { kind: 'evaluation'; row: Evaluation } | null;

/** The rest of the action booklet: reviews and reports, transversal skills, local job market, final evaluation table. */
export function BookletSections({ contractId, canWrite }: { contractId: string; canWrite: boolean }) {
  const { data, error, refetch } = useQuery(CEJ_BOOKLET_QUERY, { variables: { id: contractId } });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [saveSkill] = useMutation(SAVE_CEJ_TRANSVERSAL_SKILL_MUTATION, { refetchQueries: REFETCH });
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const contract = data?.cejContract;
  if (!contract) return null;
  const { entries, transversalSkills, marketKnowledge } = contract.booklet;
  const open = (next: Dialog) => (canWrite ? () => setDialog(next) : undefined);
  async function toggleSkill(skill: (typeof transversalSkills)[number]) {
    try {
      await saveSkill({
        variables: {
          input: {
            contractId,
            id: skill.id,
            version: skill.version,
            label: skill.label,
            transposition: skill.transposition,
            status: (skill.status === 'ACQUIRED' ? 'TO_WORK_ON' : 'ACQUIRED') as TransversalSkillStatus,
          },
        },
      });
    } catch (err) {
      notifyError(err);
    }
  }
  return (
    <Stack gap="lg">
      <ListSection
        title="Bilans de tuteurs, comptes rendus d’entretien, travaux"
        addLabel="Ajouter"
        onAdd={canWrite ? open({ kind: 'entry' }) : undefined}
        empty={entries.length === 0 && 'Aucune entrée.'}
      >
        {entries.map((entry) => (
          <Card key={entry.id} withBorder padding="sm">
            <Group justify="space-between">
              <Text fw={600} size="sm">
                {entry.title}
              </Text>
              <Badge variant="light">{label(BOOKLET_ENTRY_KIND_LABELS, entry.kind)}</Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {formatShortDay(entry.date)}
              {entry.author ? ` · ${entry.author}` : ''}
              {entry.organisation ? ` · ${entry.organisation}` : ''}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {entry.content}
            </Text>
            {entry.ratings.length > 0 && (
              <Group gap="xs" mt={4}>
                {entry.ratings.map((r) => (
                  <Badge key={r.criterion} color="gray" variant="outline">
                    {label(TUTOR_CRITERION_LABELS, r.criterion)} : {r.score}/4
                  </Badge>
                ))}
              </Group>
            )}
          </Card>
        ))}
      </ListSection>
      <ListSection
        title="Compétences transversales"
        addLabel="Ajouter"
        onAdd={canWrite ? open({ kind: 'skill' }) : undefined}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {(['ACQUIRED', 'TO_WORK_ON'] as const).map((status) => (
            <Card key={status} withBorder padding="sm">
              <Text fw={600} size="sm" mb={4}>
                {label(TRANSVERSAL_SKILL_STATUS_LABELS, status)}
              </Text>
              {transversalSkills.filter((s) => s.status === status).length === 0 && (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
              {transversalSkills
                .filter((s) => s.status === status)
                .map((skill) => (
                  <Group key={skill.id} justify="space-between" wrap="nowrap">
                    <Text size="sm">
                      {skill.label}
                      {skill.transposition ? ` — ${skill.transposition}` : ''}
                    </Text>
                    {canWrite && (
                      <Button size="compact-xs" variant="subtle" onClick={() => void toggleSkill(skill)}>
                        {status === 'ACQUIRED' ? 'À travailler' : 'Acquise'}
                      </Button>
                    )}
                  </Group>
                ))}
            </Card>
          ))}
        </SimpleGrid>
      </ListSection>
      <ListSection
        title={`Connaissance du bassin d’emploi (${LOCAL_JOB_MARKET_RADIUS_KM} km)`}
        addLabel="Ajouter"
        onAdd={canWrite ? open({ kind: 'market' }) : undefined}
        empty={marketKnowledge.length === 0 && 'Rien pour l’instant.'}
      >
        <Table withTableBorder striped aria-label="Connaissance du bassin d’emploi">
          <Table.Tbody>
            {marketKnowledge.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{label(MARKET_KNOWLEDGE_KIND_LABELS, m.kind)}</Table.Td>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>
                  {m.commune ?? '—'}
                  {m.distanceKm !== null && m.distanceKm !== undefined ? ` (${m.distanceKm} km)` : ''}
                  {isWithinLocalArea(m.distanceKm) === false && (
                    <Badge ml="xs" color="orange" variant="light">
                      Au-delà de {LOCAL_JOB_MARKET_RADIUS_KM} km
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{[m.seasonality, m.note].filter(Boolean).join(' · ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ListSection>
      <ListSection title="Évaluation finale, par thème">
        <Table withTableBorder striped aria-label="Évaluation finale">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Thème</Table.Th>
              <Table.Th>Compétences acquises</Table.Th>
              <Table.Th>Progrès</Table.Th>
              <Table.Th>Axes d’amélioration</Table.Th>
              <Table.Th>Positionnement</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contract.finalEvaluation.map((row) => (
              <Table.Tr key={row.theme}>
                <Table.Td>{row.themeLabel}</Table.Td>
                <Table.Td>{row.skillsAcquired || '—'}</Table.Td>
                <Table.Td>{row.progress || '—'}</Table.Td>
                <Table.Td>{row.areasToImprove || '—'}</Table.Td>
                <Table.Td>
                  {row.positioningField ? (
                    <Text size="xs">
                      {fieldLabel(row.positioningField)} : {row.positioningBefore?.toLocaleString('fr-FR') ?? '—'} →{' '}
                      {row.positioningAfter?.toLocaleString('fr-FR') ?? '—'}
                    </Text>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  {canWrite && (
                    <Button size="compact-sm" variant="subtle" onClick={() => setDialog({ kind: 'evaluation', row })}>
                      Remplir
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ListSection>
      {dialog?.kind === 'entry' && <EntryModal contractId={contractId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'skill' && <SkillModal contractId={contractId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'market' && <MarketModal contractId={contractId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'evaluation' && (
        <EvaluationModal contractId={contractId} row={dialog.row} onClose={() => setDialog(null)} />
      )}
    </Stack>
  );
}
