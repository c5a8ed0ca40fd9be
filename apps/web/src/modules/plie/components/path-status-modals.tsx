import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Checkbox, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  EXIT_REASON_LABELS,
  ExitReason,
  FSE_EXIT_RESULT_LABELS,
  FseExitResult,
  PATH_STATUS_LABELS,
  PathStatus,
} from '@passerelle/domain';
import { Link } from 'react-router';
import type { PliePathFieldsFragment } from '../../../generated/graphql';
import { formatShortDay, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { APPROVAL_COMMITTEES_QUERY, PRESENT_TO_COMMITTEE_MUTATION } from '../graphql/committees';
import {
  CHANGE_PLIE_PATH_STATUS_MUTATION,
  EXIT_PLIE_PATH_MUTATION,
  PROPOSE_PLIE_PATH_MUTATION,
  RECORD_FSE_EXIT_MUTATION,
  REOPEN_PLIE_PATH_MUTATION,
} from '../graphql/paths';
import { FormModal, formSaveProps } from '../../common/components/form-modal';

type Path = Pick<PliePathFieldsFragment, 'id' | 'version' | 'status' | 'statusChangedOn'>;
/** These mutations answer with the whole path, which updates the file in the cache; lists are refetched. */
const REFETCH = ['MyPortfolio', 'Participants'];

/** Orients a participant to the PLIE: a new path, "Proposé". */
export function ProposePathModal({ participantId, onClose }: { participantId: string; onClose(): void }) {
  const [propose, { loading }] = useMutation(PROPOSE_PLIE_PATH_MUTATION, {
    refetchQueries: [...REFETCH, 'Participant'],
  });
  const today = todayInParis();
  const form = useForm({
    initialValues: { prescriber: '', orientedOn: today },
    validate: {
      prescriber: (value) => (value.trim() ? null : 'Indiquez qui oriente la personne.'),
      orientedOn: (value) => (value ? null : 'La date d’orientation est obligatoire.'),
    },
  });
  async function submit(values: typeof form.values) {
    try {
      await propose({
        variables: { input: { participantId, prescriber: values.prescriber.trim(), orientedOn: values.orientedOn } },
      });
      notifySuccess(
        'Le parcours PLIE est proposé : inscrivez le dossier à un comité d’agrément.',
        'Orientation enregistrée',
      );
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Orienter vers le PLIE"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Orienter"
    >
      <TextInput
        label="Prescripteur"
        description="France Travail, CCAS, Département, Mission Locale…"
        required
        data-autofocus
        {...form.getInputProps('prescriber')}
      />
      <DayInput label="Date d’orientation" required {...form.getInputProps('orientedOn')} max={today} />
    </FormModal>
  );
}

/** Puts the file on the agenda of a coming committee session. */
export function PresentToCommitteeModal({
  path,
  canCreateSession,
  onClose,
}: {
  path: Path;
  canCreateSession: boolean;
  onClose(): void;
}) {
  const today = todayInParis();
  const { data, loading: loadingSessions } = useQuery(APPROVAL_COMMITTEES_QUERY, {
    variables: { first: 20, filter: { from: today } },
    fetchPolicy: 'network-only',
  });
  const sessions = [...(data?.approvalCommittees.edges.map((e) => e.node) ?? [])].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  const [present, { loading }] = useMutation(PRESENT_TO_COMMITTEE_MUTATION, {
    refetchQueries: [...REFETCH, 'Participant', 'ApprovalCommittee', 'ApprovalCommittees'],
  });
  const form = useForm({
    initialValues: { committeeId: '' },
    validate: { committeeId: (value) => (value ? null : 'Choisissez une séance du comité.') },
  });
  async function submit(values: typeof form.values) {
    try {
      await present({ variables: { input: { pathId: path.id, committeeId: values.committeeId } } });
      const session = sessions.find((s) => s.id === values.committeeId);
      notifySuccess(`Le dossier est inscrit au comité du ${formatShortDay(session?.date)}.`, 'Dossier présenté');
      onClose();
    } catch (error) {
      showFormError(form, error, { pathId: 'committeeId' });
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Présenter au comité d’agrément"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Inscrire le dossier"
    >
      {path.status === PathStatus.PROPOSED && (
        <Text size="sm">
          Le parcours passera « {PATH_STATUS_LABELS[PathStatus.AWAITING_COMMITTEE]} » jusqu’à la décision du comité.
        </Text>
      )}
      {!loadingSessions && sessions.length === 0 ? (
        <Alert color="orange" variant="light">
          Aucune séance à venir n’est programmée.{' '}
          {canCreateSession ? (
            <Anchor component={Link} to="/comites">
              Programmer une séance
            </Anchor>
          ) : (
            'Demandez à la coordination du PLIE d’en programmer une.'
          )}
        </Alert>
      ) : (
        <Radio.Group label="Séance" required {...form.getInputProps('committeeId')}>
          <Stack gap="xs" mt="xs">
            {sessions.map((s) => (
              <Radio
                key={s.id}
                value={s.id}
                label={`${formatShortDay(s.date)} — ${s.title}`}
                description={`${s.location ? `${s.location} · ` : ''}${s.files.length} dossier${s.files.length > 1 ? 's' : ''} inscrit${s.files.length > 1 ? 's' : ''}`}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </FormModal>
  );
}

/** A plain change of status: withdrawal before the committee, or a job lost during the follow-up. */
export function ChangeStatusModal({ path, to, onClose }: { path: Path; to: PathStatus; onClose(): void }) {
  const [change, { loading }] = useMutation(CHANGE_PLIE_PATH_STATUS_MUTATION, { refetchQueries: REFETCH });
  const today = todayInParis();
  const withdrawal = to === PathStatus.NOT_ADMITTED;
  const form = useForm({
    initialValues: { on: today, reason: '' },
    validate: {
      on: (value) => (value ? null : 'La date est obligatoire.'),
      reason: (value) => (value.trim() ? null : 'Le motif est obligatoire.'),
    },
  });
  const modal = formSaveProps(form, `Le parcours est maintenant « ${PATH_STATUS_LABELS[to]} ».`, onClose, (values) =>
    change({
      variables: {
        input: { pathId: path.id, version: path.version, to, on: values.on, reason: values.reason.trim() },
      },
    }),
  );
  return (
    <FormModal
      {...modal}
      title={withdrawal ? 'Retirer le dossier avant le comité' : 'Fin de l’emploi pendant le suivi'}
      loading={loading}
      submitLabel="Confirmer"
      submitColor={withdrawal ? 'red' : undefined}
    >
      <Text size="sm">
        Le parcours passera de « {PATH_STATUS_LABELS[path.status]} » à « {PATH_STATUS_LABELS[to]} ».
      </Text>
      <DayInput label="Date d’effet" required data-autofocus {...form.getInputProps('on')} max={today} />
      <Textarea label="Motif" required autosize minRows={2} {...form.getInputProps('reason')} />
    </FormModal>
  );
}

const REASON_OPTIONS = Object.values(ExitReason).map((value) => ({ value, label: EXIT_REASON_LABELS[value] }));
const FSE_RESULT_OPTIONS = Object.values(FseExitResult).map((value) => ({
  value,
  label: FSE_EXIT_RESULT_LABELS[value],
}));

/** The exit: day, reason from the controlled list, comment, and the FSE+ immediate result if already known. */
export function ExitModal({ path, onClose }: { path: Path; onClose(): void }) {
  const [exit, { loading }] = useMutation(EXIT_PLIE_PATH_MUTATION, { refetchQueries: REFETCH });
  const today = todayInParis();
  const form = useForm({
    initialValues: { date: today, reason: '' as ExitReason | '', comment: '', fseResults: [] as FseExitResult[] },
    validate: {
      date: (value) =>
        !value
          ? 'La date de sortie est obligatoire.'
          : value < path.statusChangedOn
            ? `La sortie ne peut précéder le ${formatShortDay(path.statusChangedOn)}.`
            : null,
      reason: (value) => (value ? null : 'Choisissez le motif de sortie.'),
    },
  });
  async function submit(values: typeof form.values) {
    try {
      const { data } = await exit({
        variables: {
          input: {
            pathId: path.id,
            version: path.version,
            date: values.date,
            reason: values.reason as ExitReason,
            comment: values.comment.trim() || null,
            fseResults: values.fseResults.length > 0 ? values.fseResults : null,
          },
        },
      });
      const positive = data?.exitPliePath.exit?.positive;
      notifySuccess(
        positive
          ? 'Sortie enregistrée : c’est une sortie positive.'
          : 'Sortie enregistrée (non comptée comme positive).',
        'Sortie du PLIE',
      );
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Sortie du PLIE"
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Enregistrer la sortie"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DayInput label="Date de sortie" required data-autofocus {...form.getInputProps('date')} />
        <Select
          label="Motif de sortie"
          data={REASON_OPTIONS}
          required
          allowDeselect={false}
          {...form.getInputProps('reason')}
        />
      </SimpleGrid>
      <Alert variant="light" color="blue">
        Le caractère positif de la sortie est calculé à l’enregistrement : emploi durable ou formation qualifiante
        prouvés par la dernière étape du parcours.
      </Alert>
      <Textarea label="Commentaire" autosize minRows={2} {...form.getInputProps('comment')} />
      <Checkbox.Group
        label="FSE+ : situation dans les 4 semaines après la sortie"
        description="Si elle est déjà connue ; sinon la fiche de sortie restera à compléter."
        {...form.getInputProps('fseResults')}
      >
        <Stack gap={6} mt="xs">
          {FSE_RESULT_OPTIONS.map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} />
          ))}
        </Stack>
      </Checkbox.Group>
    </FormModal>
  );
}

/** The FSE+ exit sheet (immediate result) of an exited path. */
export function FseExitModal({ path, onClose }: { path: Path; onClose(): void }) {
  const [record, { loading }] = useMutation(RECORD_FSE_EXIT_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { recordedOn: todayInParis(), results: [] as FseExitResult[] },
    validate: { results: (value) => (value.length > 0 ? null : 'Cochez au moins une situation.') },
  });
  const modal = formSaveProps(form, 'La fiche de sortie FSE+ est complète.', onClose, (values) =>
    record({
      variables: {
        input: {
          pathId: path.id,
          version: path.version,
          results: values.results,
          recordedOn: values.recordedOn || null,
        },
      },
    }),
  );
  return (
    <FormModal {...modal} title="Fiche de sortie FSE+" loading={loading} submitLabel="Enregistrer">
      <Checkbox.Group label="Situation dans les 4 semaines après la sortie" required {...form.getInputProps('results')}>
        <Stack gap={6} mt="xs">
          {FSE_RESULT_OPTIONS.map((o) => (
            <Checkbox key={o.value} value={o.value} label={o.label} />
          ))}
        </Stack>
      </Checkbox.Group>
      <DayInput label="Recueillie le" {...form.getInputProps('recordedOn')} w={220} />
    </FormModal>
  );
}

/** The coordination reopens an exited path, with a reason kept in the history. */
export function ReopenModal({ path, onClose }: { path: Path; onClose(): void }) {
  const [reopen, { loading }] = useMutation(REOPEN_PLIE_PATH_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { on: todayInParis(), reason: '' },
    validate: { reason: (value) => (value.trim() ? null : 'Le motif de la réouverture est obligatoire.') },
  });
  const modal = formSaveProps(form, 'Le parcours est rouvert : il est de nouveau « Actif ».', onClose, (values) =>
    reopen({
      variables: {
        input: { pathId: path.id, version: path.version, reason: values.reason.trim(), on: values.on || null },
      },
    }),
  );
  return (
    <FormModal {...modal} title="Rouvrir le parcours" loading={loading} submitLabel="Rouvrir">
      <Text size="sm">
        La sortie est annulée et le parcours redevient « Actif ». Le motif est conservé dans l’historique.
      </Text>
      <Textarea
        label="Motif de la réouverture"
        required
        autosize
        minRows={2}
        data-autofocus
        {...form.getInputProps('reason')}
      />
      <DayInput label="Date de réouverture" {...form.getInputProps('on')} w={220} />
    </FormModal>
  );
}
