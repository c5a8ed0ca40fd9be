import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  COMMITTEE_PROPOSAL_STATUS_LABELS,
  COMMITTEE_PROPOSAL_SUBJECT_MAX,
  CommitteeProposalStatus,
} from '@passerelle/domain';
import { useState } from 'react';
import type { PliePathFieldsFragment } from '../../../generated/graphql';
import { formatDay, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { FormModal } from '../../common/components/form-modal';
import { APPROVAL_COMMITTEES_QUERY } from '../graphql/committees';
import { DECIDE_PATH_COMMITTEE_PROPOSAL_MUTATION, PROPOSE_PATH_TO_COMMITTEE_MUTATION } from '../graphql/paths';

type Path = Pick<PliePathFieldsFragment, 'id' | 'committeeProposals'>;
type Proposal = Path['committeeProposals'][number];

const REFETCH = ['PliePath', 'Participant'];
const COLORS: Record<CommitteeProposalStatus, string> = {
  [CommitteeProposalStatus.PENDING]: 'orange',
  [CommitteeProposalStatus.SCHEDULED]: 'teal',
  [CommitteeProposalStatus.DISMISSED]: 'gray',
};

/** The référent proposes to put the path before the committee; the operator's coordination decides. */
function ProposeModal({ pathId, onClose }: { pathId: string; onClose(): void }) {
  const [propose, { loading }] = useMutation(PROPOSE_PATH_TO_COMMITTEE_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { subject: '', comment: '' },
    validate: { subject: (value) => (value.trim() ? null : 'Indiquez ce que le comité doit examiner.') },
  });
  async function submit(values: typeof form.values) {
    try {
      await propose({
        variables: { input: { pathId, subject: values.subject.trim(), comment: values.comment.trim() || null } },
      });
      notifySuccess('La proposition est transmise à la coordination de la structure porteuse.');
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Proposer au comité"
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Proposer"
    >
      <Text size="sm" c="dimmed">
        La coordination de la structure porteuse inscrit la proposition à une séance du comité, ou l’écarte.
      </Text>
      <TextInput
        label="Ce que le comité doit examiner"
        required
        data-autofocus
        maxLength={COMMITTEE_PROPOSAL_SUBJECT_MAX}
        {...form.getInputProps('subject')}
      />
      <Textarea
        label="Éléments pour le comité"
        description="Sans donnée de santé : elles vont dans les données sensibles de la fiche."
        autosize
        minRows={2}
        maxLength={2000}
        {...form.getInputProps('comment')}
      />
    </FormModal>
  );
}

/** The operator's coordination puts the proposal on a session to come, or dismisses it. */
function DecideModal({ proposal, onClose }: { proposal: Proposal; onClose(): void }) {
  const [decide, { loading }] = useMutation(DECIDE_PATH_COMMITTEE_PROPOSAL_MUTATION, { refetchQueries: REFETCH });
  const sessions = useQuery(APPROVAL_COMMITTEES_QUERY, {
    variables: { first: 50, filter: { from: todayInParis() } },
  });
  const options = (sessions.data?.approvalCommittees.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${formatDay(node.date)} · ${node.title}`,
  }));
  const form = useForm({ initialValues: { committeeId: '', note: '' } });
  async function submit(accept: boolean) {
    const values = form.getValues();
    if (accept && !values.committeeId) {
      form.setErrors({ committeeId: 'Choisissez la séance du comité.' });
      return;
    }
    try {
      await decide({
        variables: {
          input: {
            id: proposal.id,
            version: proposal.version,
            accept,
            committeeId: accept ? values.committeeId : null,
            note: values.note.trim() || null,
          },
        },
      });
      notifySuccess(accept ? 'La proposition est inscrite au comité.' : 'La proposition est écartée.');
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Examiner la proposition"
      size="lg"
      onSubmit={form.onSubmit(() => void submit(true))}
      loading={loading}
      submitLabel="Inscrire au comité"
    >
      <Text size="sm">{proposal.subject}</Text>
      <Select
        label="Séance du comité"
        data={options}
        nothingFoundMessage="Aucune séance à venir : programmez-en une depuis « Comités »."
        data-autofocus
        {...form.getInputProps('committeeId')}
      />
      <Textarea label="Note" autosize minRows={2} maxLength={2000} {...form.getInputProps('note')} />
      <Group justify="flex-start">
        <Button variant="default" color="gray" loading={loading} onClick={() => void submit(false)}>
          Écarter la proposition
        </Button>
      </Group>
    </FormModal>
  );
}

/**
 * Proposals to put the path before the committee (seed 001: the provider's référent « propose au comité »): who may
 * follow the path proposes, the operator's coordination schedules it on a session or dismisses it.
 */
export function CommitteeProposalsCard({
  path,
  canPropose,
  canDecide,
}: {
  path: Path;
  canPropose: boolean;
  canDecide: boolean;
}) {
  const [proposing, setProposing] = useState(false);
  const [deciding, setDeciding] = useState<Proposal | null>(null);
  const pending = path.committeeProposals.some((p) => p.status === CommitteeProposalStatus.PENDING);
  if (path.committeeProposals.length === 0 && !canPropose) return null;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="committee-proposals-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="committee-proposals-title">
          Propositions au comité
        </Title>
        {canPropose && !pending && (
          <Button size="xs" variant="light" onClick={() => setProposing(true)}>
            Proposer au comité
          </Button>
        )}
      </Group>
      {path.committeeProposals.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucune proposition.
        </Text>
      ) : (
        <Stack gap="sm">
          {path.committeeProposals.map((proposal) => (
            <Group key={proposal.id} justify="space-between" align="flex-start" wrap="wrap">
              <Stack gap={2}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {proposal.subject}
                  </Text>
                  <Badge color={COLORS[proposal.status]} variant="light">
                    {COMMITTEE_PROPOSAL_STATUS_LABELS[proposal.status]}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  Proposée par {proposal.proposedBy?.fullName ?? '—'}
                  {proposal.committee &&
                    ` · comité du ${formatDay(proposal.committee.date)} (${proposal.committee.title})`}
                  {proposal.status === CommitteeProposalStatus.DISMISSED &&
                    proposal.decidedOn &&
                    ` · écartée le ${formatDay(proposal.decidedOn)}`}
                </Text>
                {proposal.comment && <Text size="sm">{proposal.comment}</Text>}
                {proposal.decisionNote && (
                  <Text size="sm" c="dimmed">
                    Coordination : {proposal.decisionNote}
                  </Text>
                )}
              </Stack>
              {canDecide && proposal.status === CommitteeProposalStatus.PENDING && (
                <Button size="xs" onClick={() => setDeciding(proposal)}>
                  Examiner
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {proposing && <ProposeModal pathId={path.id} onClose={() => setProposing(false)} />}
      {deciding && <DecideModal proposal={deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}
