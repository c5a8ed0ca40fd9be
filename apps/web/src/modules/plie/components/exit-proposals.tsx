import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ExitReason } from '@passerelle/domain';
import type { PliePathFieldsFragment } from '../../../generated/graphql';
import { formatDay, todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess, showFormError } from '../../../lib/notify';
import { FormActions } from '../../common/components/form-actions';
import { DECIDE_PATH_EXIT_PROPOSAL_MUTATION, PROPOSE_PATH_EXIT_MUTATION } from '../graphql/paths';
import { exitReasonLabel } from '../path-rules';
import { ExitFields } from './exit-fields';

type Path = Pick<PliePathFieldsFragment, 'id' | 'statusChangedOn' | 'admittedOn' | 'exitProposals'>;
type Proposal = Path['exitProposals'][number];

const REFETCH = ['MyPortfolio', 'Participants'];
const STATUS = {
  PENDING: { label: 'À valider par la structure porteuse', color: 'orange' },
  ACCEPTED: { label: 'Sortie validée', color: 'teal' },
  DISMISSED: { label: 'Écartée', color: 'gray' },
} as const;

/** The exits proposed on the path; the operator validates (the path exits) or dismisses a pending one. */
export function ExitProposalsCard({ path, canDecide }: { path: Path; canDecide: boolean }) {
  const [decide, { loading }] = useMutation(DECIDE_PATH_EXIT_PROPOSAL_MUTATION, { refetchQueries: REFETCH });
  if (path.exitProposals.length === 0) return null;
  async function answer(proposal: Proposal, accept: boolean) {
    try {
      await decide({ variables: { input: { id: proposal.id, version: proposal.version, accept } } });
      notifySuccess(accept ? 'La sortie est enregistrée.' : 'La proposition de sortie est écartée.');
    } catch (error) {
      notifyError(error);
    }
  }
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="exit-proposals-title">
      <Title order={2} size="h4" id="exit-proposals-title" mb="sm">
        Propositions de sortie
      </Title>
      <Stack gap="sm">
        {path.exitProposals.map((proposal) => (
          <Group key={proposal.id} justify="space-between" align="flex-start" wrap="wrap">
            <Stack gap={2}>
              <Group gap="xs">
                <Text size="sm" fw={500}>
                  Sortie le {formatDay(proposal.date)} : {exitReasonLabel(proposal.reason ?? null)}
                </Text>
                <Badge color={STATUS[proposal.status].color} variant="light">
                  {STATUS[proposal.status].label}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                Proposée par {proposal.proposedBy?.fullName ?? 'une intégration'}
                {proposal.decidedOn &&
                  ` · ${proposal.status === 'ACCEPTED' ? 'validée' : 'écartée'} le ${formatDay(proposal.decidedOn)} par ${proposal.decidedBy?.fullName ?? '—'}`}
              </Text>
              {proposal.comment && <Text size="sm">{proposal.comment}</Text>}
            </Stack>
            {canDecide && proposal.status === 'PENDING' && (
              <Group gap="xs">
                <Button size="xs" loading={loading} onClick={() => void answer(proposal, true)}>
                  Valider la sortie
                </Button>
                <Button size="xs" variant="default" loading={loading} onClick={() => void answer(proposal, false)}>
                  Écarter
                </Button>
              </Group>
            )}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

/** The provider's référent proposes the exit: day, reason, comment; the operator decides. */
export function ProposeExitModal({ path, onClose }: { path: Path; onClose(): void }) {
  const [propose, { loading }] = useMutation(PROPOSE_PATH_EXIT_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { date: todayInParis(), reason: '' as ExitReason | '', comment: '' },
    validate: {
      date: (value) =>
        !value
          ? 'La date de sortie est obligatoire.'
          : path.admittedOn && value < path.admittedOn
            ? `La sortie ne peut précéder l’admission (${formatDay(path.admittedOn)}).`
            : null,
      reason: (value) => (value ? null : 'Choisissez le motif de sortie.'),
    },
  });
  async function submit(values: typeof form.values) {
    try {
      await propose({
        variables: {
          input: {
            pathId: path.id,
            date: values.date,
            reason: values.reason as ExitReason,
            comment: values.comment.trim() || null,
          },
        },
      });
      notifySuccess('La proposition de sortie est transmise à la structure porteuse.');
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <Modal opened onClose={onClose} title="Proposer la sortie du PLIE" size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Alert variant="light" color="blue">
            La structure porteuse valide la sortie (ou l’écarte) : le parcours ne sort qu’après sa décision.
          </Alert>
          <ExitFields
            dateLabel="Date de sortie proposée"
            date={form.getInputProps('date')}
            reason={form.getInputProps('reason')}
          />
          <Textarea label="Commentaire" autosize minRows={2} {...form.getInputProps('comment')} />
          <FormActions onCancel={onClose} loading={loading} submitLabel="Proposer la sortie" />
        </Stack>
      </form>
    </Modal>
  );
}
