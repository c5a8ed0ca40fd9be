import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import {
  COMMITTEE_DECISION_LABELS,
  CommitteeDecision,
  decisionNeedsReason,
  PathStatus,
  Permission,
} from '@passerelle/domain';
import { useState } from 'react';
import type { CommitteeFileFieldsFragment } from '../../../generated/graphql';
import { formatDay, todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess, showFormError } from '../../../lib/notify';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useSession } from '../../auth';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { participantName } from '../../participants';
import {
  APPROVAL_COMMITTEE_QUERY,
  APPROVAL_COMMITTEES_QUERY,
  DECIDE_COMMITTEE_FILE_MUTATION,
  MOVE_COMMITTEE_FILE_MUTATION,
  PATHS_TO_PRESENT_QUERY,
  PRESENT_TO_COMMITTEE_MUTATION,
} from '../graphql/committees';

type File = CommitteeFileFieldsFragment;
const REFETCH = ['ApprovalCommittee', 'PathsToPresent', 'ApprovalCommittees', 'Participants'];

/** A committee session, its files sorted by name, and the file whose decision is being taken. */
export function useCommittee(id: string) {
  const { can } = useSession();
  const [deciding, setDeciding] = useState<{ file: File; decision: CommitteeDecision } | null>(null);
  const [moving, setMoving] = useState<File | null>(null);
  const { data, loading, error, refetch } = useQuery(APPROVAL_COMMITTEE_QUERY, { variables: { id } });
  const committee = data?.approvalCommittee;
  const files = [...(committee?.files ?? [])].sort((a, b) =>
    participantName(a.path.participant).localeCompare(participantName(b.path.participant), 'fr'),
  );
  return {
    committee,
    loading,
    error,
    refetch,
    canDecide: can(Permission.PLIE_COORDINATE),
    canPresent: can(Permission.PARTICIPANTS_WRITE),
    today: todayInParis(),
    pending: files.filter((f) => !f.decision).length,
    files,
    deciding,
    decide: (file: File, decision: CommitteeDecision) => setDeciding({ file, decision }),
    closeDecision: () => setDeciding(null),
    moving,
    move: (file: File) => setMoving(file),
    closeMove: () => setMoving(null),
  };
}

/** Moves a file not yet decided to another session of the committee (the sessions from 30 days ago on). */
export function useCommitteeMove(file: File, fromCommitteeId: string, onClose: () => void) {
  const today = todayInParis();
  const since = new Date(`${today}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - 30);
  const { data, loading: loadingSessions } = useQuery(APPROVAL_COMMITTEES_QUERY, {
    variables: { first: 50, filter: { from: since.toISOString().slice(0, 10) } },
  });
  const [move, { loading }] = useMutation(MOVE_COMMITTEE_FILE_MUTATION, { refetchQueries: REFETCH });
  const name = participantName(file.path.participant);
  const sessions = (data?.approvalCommittees.edges ?? [])
    .map((e) => e.node)
    .filter((c) => c.id !== fromCommitteeId)
    .sort((a, b) => a.date.localeCompare(b.date));
  const options = sessions.map((c) => ({ value: c.id, label: `${c.title} du ${formatDay(c.date)}` }));
  const form = useForm({
    initialValues: { committeeId: '' },
    validate: { committeeId: (value) => (value ? null : 'Choisissez la séance où présenter le dossier.') },
  });
  async function submit(values: typeof form.values) {
    try {
      await move({ variables: { input: { fileId: file.id, committeeId: values.committeeId } } });
      const to = options.find((o) => o.value === values.committeeId)?.label ?? 'une autre séance';
      notifySuccess(`Le dossier de ${name} est reporté : ${to}.`, 'Dossier reporté');
      onClose();
    } catch (error) {
      showFormError(form, error, { fileId: 'committeeId' });
    }
  }
  return { form, name, options, loadingSessions, submit, loading };
}

/** The committee's decision on one file (a postponement or a refusal says why), sent with its notice. */
export function useCommitteeDecision(file: File, initial: CommitteeDecision, onClose: () => void) {
  const [decide, { loading }] = useMutation(DECIDE_COMMITTEE_FILE_MUTATION, { refetchQueries: REFETCH });
  const name = participantName(file.path.participant);
  const form = useForm({
    initialValues: { decision: initial as CommitteeDecision, reason: '' },
    validate: {
      reason: (value, values) =>
        decisionNeedsReason(values.decision) && !value.trim()
          ? 'Le motif est obligatoire pour un ajournement ou un refus.'
          : null,
    },
  });
  async function submit(values: typeof form.values) {
    try {
      await decide({
        variables: { input: { fileId: file.id, decision: values.decision, reason: values.reason.trim() || null } },
      });
      notifySuccess(
        `${name} : ${COMMITTEE_DECISION_LABELS[values.decision].toLocaleLowerCase('fr-FR')}.`,
        'Décision enregistrée',
      );
      onClose();
    } catch (error) {
      showFormError(form, error, { fileId: 'decision' });
    }
  }
  return { form, name, decision: form.getValues().decision, submit, loading };
}

/** Files that can go on a session's agenda (proposed, or postponed and waiting), a page at a time. */
export function useFilesToPresent(committeeId: string) {
  const [status, setStatus] = useState<PathStatus>(PathStatus.PROPOSED);
  const pages = useCursorPages(status);
  const { data, previousData, loading, error, refetch } = useQuery(PATHS_TO_PRESENT_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, status },
  });
  const [present, presenting] = useMutation(PRESENT_TO_COMMITTEE_MUTATION, { refetchQueries: REFETCH });
  const connection = (data ?? previousData)?.pliePaths;

  async function onPresent(pathId: string, name: string) {
    try {
      await present({ variables: { input: { pathId, committeeId } } });
      notifySuccess(`Le dossier de ${name} est inscrit à cette séance.`, 'Dossier présenté');
    } catch (error) {
      notifyError(error);
    }
  }

  return {
    status,
    setStatus,
    pages,
    connection,
    records: connection?.edges.map((edge) => edge.node) ?? [],
    loading,
    error,
    refetch,
    present: onPresent,
    presenting: presenting.loading,
  };
}
