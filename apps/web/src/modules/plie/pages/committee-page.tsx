import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  COMMITTEE_DECISION_LABELS,
  CommitteeDecision,
  decisionNeedsReason,
  ENTRY_SITUATION_LABELS,
  PATH_STATUS_LABELS,
  PathStatus,
} from '@passerelle/domain';
import { Link, useParams } from 'react-router';
import type { CommitteeFileFieldsFragment } from '../../../generated/graphql';
import { ageOn, formatDay, formatShortDay, plural } from '../../../lib/format';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { participantName } from '../../participants';
import { PathStatusBadge } from '../components/path-status-badge';
import { useCommittee, useCommitteeDecision, useCommitteeMove, useFilesToPresent } from '../hooks/use-committee';
import { DECISION_COLORS } from '../path-rules';
import { FormModal } from '../../common/components/form-modal';
import { QueryPending } from '../../common/components/query-pending';

type File = CommitteeFileFieldsFragment;

const DECISION_VERBS: Record<CommitteeDecision, string> = {
  [CommitteeDecision.ADMITTED]: 'Admettre',
  [CommitteeDecision.POSTPONED]: 'Ajourner',
  [CommitteeDecision.REFUSED]: 'Refuser',
};

/** The committee's decision on one file; a postponement or a refusal says why. */
function DecisionModal({ file, initial, onClose }: { file: File; initial: CommitteeDecision; onClose(): void }) {
  const { form, name, decision, submit, loading } = useCommitteeDecision(file, initial, onClose);
  return (
    <FormModal
      onClose={onClose}
      title={`Décision du comité — ${name}`}
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel={DECISION_VERBS[decision]}
      submitColor={DECISION_COLORS[decision]}
    >
      <Radio.Group label="Décision" required {...form.getInputProps('decision')}>
        <Stack gap="xs" mt="xs">
          <Radio
            value={CommitteeDecision.ADMITTED}
            label="Admis·e : le parcours devient actif"
            data-autofocus={initial === CommitteeDecision.ADMITTED || undefined}
          />
          <Radio
            value={CommitteeDecision.POSTPONED}
            label="Ajourné : le dossier reste en attente d’un prochain comité"
          />
          <Radio value={CommitteeDecision.REFUSED} label="Refusé : la personne n’entre pas dans le PLIE" />
        </Stack>
      </Radio.Group>
      <Textarea
        label="Motif"
        required={decisionNeedsReason(decision)}
        description={decisionNeedsReason(decision) ? 'Obligatoire pour un ajournement ou un refus.' : 'Facultatif.'}
        autosize
        minRows={2}
        data-autofocus={initial !== CommitteeDecision.ADMITTED || undefined}
        {...form.getInputProps('reason')}
      />
    </FormModal>
  );
}

/** Moves a file waiting for this session to another one. */
function MoveModal({ file, committeeId, onClose }: { file: File; committeeId: string; onClose(): void }) {
  const { form, name, options, loadingSessions, submit, loading } = useCommitteeMove(file, committeeId, onClose);
  return (
    <FormModal
      onClose={onClose}
      title={`Reporter le dossier de ${name}`}
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Reporter"
    >
      <Select
        label="Nouvelle séance"
        required
        data-autofocus
        data={options}
        nothingFoundMessage={loadingSessions ? 'Chargement…' : 'Aucune autre séance : programmez-en une.'}
        {...form.getInputProps('committeeId')}
      />
    </FormModal>
  );
}

/** Files that can go on this session's agenda: proposed ones, or postponed ones waiting for a new session. */
function FilesToPresent({ committeeId, presentedPathIds }: { committeeId: string; presentedPathIds: Set<string> }) {
  const { status, setStatus, pages, connection, records, loading, error, refetch, present, presenting } =
    useFilesToPresent(committeeId);

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="to-present-title">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="to-present-title">
          Dossiers à présenter
        </Title>
        <SegmentedControl
          size="xs"
          aria-label="Dossiers affichés"
          value={status}
          onChange={(value) => setStatus(value as PathStatus)}
          data={[
            { value: PathStatus.PROPOSED, label: 'Proposés' },
            { value: PathStatus.AWAITING_COMMITTEE, label: 'En attente (ajournés)' },
          ]}
        />
      </Group>
      {error && !connection && <QueryError error={error} onRetry={() => void refetch()} />}
      <RecordsTable
        fetching={loading}
        noRecordsText="Aucun dossier à présenter"
        records={records}
        pagination={{ pages, connection, loading }}
        columns={[
          {
            accessor: 'participant',
            title: 'Participant',
            render: (p) => (
              <Anchor component={Link} to={`/participants/${p.participant.id}`} size="sm" fw={500}>
                {participantName(p.participant)}
              </Anchor>
            ),
          },
          {
            accessor: 'orientedOn',
            title: 'Orientation',
            render: (p) => `${formatShortDay(p.orientedOn)} · ${p.prescriber}`,
          },
          { accessor: 'referent', title: 'Référent·e', render: (p) => p.participant.referent?.fullName ?? '—' },
          {
            accessor: 'actions',
            title: 'Actions',
            textAlign: 'right',
            render: (p) => {
              const name = participantName(p.participant);
              const here = presentedPathIds.has(p.id);
              const pendingElsewhere = p.committeeFiles.some((f) => !f.decision && f.committeeId !== committeeId);
              if (here) return <Badge variant="light">Inscrit à cette séance</Badge>;
              if (pendingElsewhere)
                return (
                  <Badge variant="light" color="yellow">
                    Inscrit à une autre séance
                  </Badge>
                );
              return (
                <Button
                  size="compact-sm"
                  variant="light"
                  loading={presenting}
                  onClick={() => void present(p.id, name)}
                  aria-label={`Présenter le dossier de ${name}`}
                >
                  Présenter
                </Button>
              );
            },
          },
        ]}
      />
    </Card>
  );
}

export function CommitteePage() {
  const { id = '' } = useParams();
  const {
    committee,
    loading,
    error,
    refetch,
    canDecide,
    canPresent,
    today,
    pending,
    files,
    deciding,
    decide,
    closeDecision,
    moving,
    move,
    closeMove,
  } = useCommittee(id);
  if (!committee) return <QueryPending error={error} loading={loading} onRetry={() => void refetch()} h={400} />;

  return (
    <Stack gap="lg">
      <PageHeader
        title={`${committee.title} du ${formatDay(committee.date)}`}
        description={`${committee.location ? `${committee.location} · ` : ''}${plural(committee.files.length, 'dossier présenté', 'dossiers présentés')}${pending > 0 ? ` · ${plural(pending, 'décision attendue', 'décisions attendues')}` : ''}`}
        actions={
          <Button component={Link} to="/comites" variant="default">
            Toutes les séances
          </Button>
        }
      />
      {canDecide && pending > 0 && committee.date > today && (
        <Alert variant="light" color="blue">
          La séance n’a pas encore eu lieu : les décisions pourront être saisies à partir du {formatDay(committee.date)}
          .
        </Alert>
      )}
      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="files-title">
        <Title order={2} size="h4" id="files-title" mb="sm">
          Dossiers présentés
        </Title>
        <RecordsTable
          noRecordsText="Aucun dossier inscrit à cette séance"
          records={files}
          columns={[
            {
              accessor: 'participant',
              title: 'Participant',
              render: (f) => (
                <Stack gap={0}>
                  <Anchor component={Link} to={`/participants/${f.path.participant.id}`} size="sm" fw={500}>
                    {participantName(f.path.participant)}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {ageOn(f.path.participant.birthDate, today)} ans ·{' '}
                    {f.path.participant.branch?.name ?? 'sans antenne'}
                  </Text>
                </Stack>
              ),
            },
            {
              accessor: 'situation',
              title: 'Situation à l’entrée',
              render: (f) => (
                <Text size="xs">
                  {f.path.participant.entrySituations.map((s) => ENTRY_SITUATION_LABELS[s]).join(' · ') || '—'}
                </Text>
              ),
            },
            {
              accessor: 'orientation',
              title: 'Orientation',
              render: (f) => (
                <Stack gap={0}>
                  <Text size="sm">{f.path.prescriber}</Text>
                  <Text size="xs" c="dimmed">
                    le {formatShortDay(f.path.orientedOn)} ·{' '}
                    {f.path.participant.referent?.fullName ?? 'sans référent·e'}
                  </Text>
                  {f.presentedBy && (
                    <Text size="xs" c="dimmed">
                      Présenté par {f.presentedBy.fullName}
                    </Text>
                  )}
                </Stack>
              ),
            },
            { accessor: 'status', title: 'Parcours', render: (f) => <PathStatusBadge status={f.path.status} /> },
            {
              accessor: 'decision',
              title: 'Décision',
              render: (f) =>
                f.decision ? (
                  <Stack gap={2}>
                    <Badge color={DECISION_COLORS[f.decision]} variant="filled" data-testid="committee-decision">
                      {COMMITTEE_DECISION_LABELS[f.decision]}
                    </Badge>
                    {f.reason && (
                      <Text size="xs" c="dimmed">
                        {f.reason}
                      </Text>
                    )}
                    {f.decidedBy && (
                      <Text size="xs" c="dimmed">
                        Saisie par {f.decidedBy.fullName}
                      </Text>
                    )}
                  </Stack>
                ) : canDecide && f.path.status === PathStatus.AWAITING_COMMITTEE && committee.date <= today ? (
                  <Group gap={4} wrap="nowrap">
                    {Object.values(CommitteeDecision).map((decision) => (
                      <Button
                        key={decision}
                        size="compact-sm"
                        variant={decision === CommitteeDecision.ADMITTED ? 'filled' : 'light'}
                        color={DECISION_COLORS[decision]}
                        onClick={() => decide(f, decision)}
                        aria-label={`${DECISION_VERBS[decision]} ${participantName(f.path.participant)}`}
                      >
                        {DECISION_VERBS[decision]}
                      </Button>
                    ))}
                  </Group>
                ) : (
                  <Group gap={4} wrap="nowrap">
                    <Badge color="gray" variant="light">
                      {f.path.status === PathStatus.AWAITING_COMMITTEE
                        ? 'En attente'
                        : PATH_STATUS_LABELS[f.path.status]}
                    </Badge>
                    {canPresent && f.path.status === PathStatus.AWAITING_COMMITTEE && (
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => move(f)}
                        aria-label={`Reporter le dossier de ${participantName(f.path.participant)}`}
                      >
                        Reporter
                      </Button>
                    )}
                  </Group>
                ),
            },
          ]}
        />
      </Card>
      {canPresent && (
        <FilesToPresent committeeId={committee.id} presentedPathIds={new Set(committee.files.map((f) => f.path.id))} />
      )}
      {moving && <MoveModal file={moving} committeeId={committee.id} onClose={closeMove} />}
      {deciding && <DecisionModal file={deciding.file} initial={deciding.decision} onClose={closeDecision} />}
    </Stack>
  );
}
