import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import type { AttendanceStatus, CreateSignatureLinksMutation } from '../../../generated/graphql';
import { todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useMe, useSession } from '../../auth';
import { attendanceChanges, missingAttendance } from '../activity-rules';
import { openAttendanceSheetPdf, uploadSignedSheet } from '../files';
import {
  CREATE_SIGNATURE_LINKS_MUTATION,
  ENROL_MUTATION,
  FREEZE_SHEET_MUTATION,
  ORIENTATIONS_QUERY,
  RECORD_ATTENDANCE_MUTATION,
  SESSION_QUERY,
  WITHDRAW_ENROLMENT_MUTATION,
} from '../graphql/activities';

type SignatureLinks = CreateSignatureLinksMutation['createSignatureLinks'];

/**
 * A session and what can be done on it: enrolments within capacity, attendance, the printable sheet and its signed
 * scan, e-signature links, freezing. Each action reports its outcome in a notification.
 */
export function useSessionSheet(id: string) {
  const me = useMe();
  const { can } = useSession();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(SESSION_QUERY, { variables: { id } });
  const session = data?.activitySession;
  const isProvider = session ? me.currentStructure?.id === session.providerStructureId : false;
  const canAct = isProvider && can(Permission.ACTIVITIES_WRITE);
  const { data: orientationsData } = useQuery(ORIENTATIONS_QUERY, {
    variables: { first: 100, filter: { lotId: session?.lot.id ?? '' } },
    skip: !session || !canAct,
  });
  const refetchSession = { refetchQueries: ['ActivitySession'] };
  const [enrol, { loading: enrolling }] = useMutation(ENROL_MUTATION, refetchSession);
  const [withdrawMutation, { loading: withdrawing }] = useMutation(WITHDRAW_ENROLMENT_MUTATION, refetchSession);
  const [confirmWithdraw, setConfirmWithdraw] = useState<{ id: string; name: string } | null>(null);
  const [recordAttendance, { loading: recording }] = useMutation(RECORD_ATTENDANCE_MUTATION, refetchSession);
  const [createLinks, { loading: creatingLinks }] = useMutation(CREATE_SIGNATURE_LINKS_MUTATION);
  const [freezeMutation, { loading: freezing }] = useMutation(FREEZE_SHEET_MUTATION, refetchSession);
  const [orientationId, setOrientationId] = useState<string | null>(null);
  const [enrolError, setEnrolError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [links, setLinks] = useState<SignatureLinks>([]);
  const [confirmFreeze, setConfirmFreeze] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [uploading, setUploading] = useState(false);

  const frozen = Boolean(session?.sheetFrozenAt);
  const enrolments = session?.enrolments ?? [];
  const enrolledIds = new Set(enrolments.map((e) => e.orientationId));
  const candidates = (orientationsData?.orientations.edges ?? [])
    .map((edge) => edge.node)
    .filter((o) => (o.status === 'PENDING_ENTRY' || o.status === 'ENTERED') && !enrolledIds.has(o.id))
    .map((o) => ({ value: o.id, label: `${o.participant.lastName.toUpperCase()} ${o.participant.firstName}` }));
  const changes = attendanceChanges(enrolments, draft);

  async function submitEnrol() {
    if (!orientationId || !session) return;
    setEnrolError(null);
    try {
      await enrol({ variables: { input: { sessionId: session.id, orientationId } } });
      notifySuccess('La personne est inscrite à la séance.');
      setOrientationId(null);
    } catch (err) {
      // Beyond capacity: the API's own message (CONFLICT, reason SESSION_FULL), shown where the action was made.
      const parsed = notifyError(err);
      setEnrolError(parsed.fields.orientationId ?? parsed.fields.sessionId ?? parsed.message);
    }
  }

  async function saveAttendance() {
    if (!session || changes.length === 0) return;
    try {
      await recordAttendance({
        variables: {
          input: {
            sessionId: session.id,
            entries: changes.map((c) => ({ enrolmentId: c.enrolmentId, status: c.status as AttendanceStatus })),
          },
        },
      });
      setDraft({});
      notifySuccess('Les présences sont enregistrées.');
    } catch (err) {
      notifyError(err);
    }
  }

  async function makeLinks() {
    if (!session) return;
    try {
      const { data: result } = await createLinks({ variables: { sessionId: session.id } });
      setLinks(result?.createSignatureLinks ?? []);
      if (result && result.createSignatureLinks.length === 0)
        notifySuccess('Tous les inscrits ont déjà signé.', 'Rien à signer');
    } catch (err) {
      notifyError(err);
    }
  }

  async function print() {
    if (!session) return;
    setPrinting(true);
    try {
      await openAttendanceSheetPdf(session.id);
    } catch (err) {
      notifyError(err);
    } finally {
      setPrinting(false);
    }
  }

  async function upload(file: File | null) {
    if (!file || !session) return;
    setUploading(true);
    try {
      await uploadSignedSheet(session.id, file);
      notifySuccess('La feuille signée est enregistrée comme justificatif : la feuille est figée.');
      await refetch();
      await client.refetchQueries({ include: ['Proofs'] });
    } catch (err) {
      notifyError(err);
    } finally {
      setUploading(false);
    }
  }

  async function freeze() {
    if (!session) return;
    try {
      await freezeMutation({ variables: { sessionId: session.id } });
      notifySuccess('La feuille d’émargement est figée : elle ne changera plus.');
      setConfirmFreeze(false);
    } catch (err) {
      setConfirmFreeze(false);
      notifyError(err);
    }
  }

  function withdraw() {
    if (!confirmWithdraw) return;
    const { id: enrolmentId, name } = confirmWithdraw;
    void withdrawMutation({ variables: { enrolmentId } }).then(
      () => {
        setConfirmWithdraw(null);
        notifySuccess(`${name} n’est plus inscrit·e à cette séance.`, 'Inscription retirée');
      },
      (err: unknown) => notifyError(err),
    );
  }

  return {
    session,
    loading,
    error,
    refetch,
    canAct,
    frozen,
    editable: canAct && !frozen,
    past: session ? session.date <= todayInParis() : false,
    missing: missingAttendance(enrolments),
    enrolment: {
      candidates,
      orientationId,
      choose(value: string | null) {
        setOrientationId(value);
        setEnrolError(null);
      },
      error: enrolError,
      submit: submitEnrol,
      submitting: enrolling,
      /** Asks before withdrawing an enrolment: the person loses their place. */
      askWithdraw: (enrolmentId: string, name: string) => setConfirmWithdraw({ id: enrolmentId, name }),
      confirmingWithdraw: confirmWithdraw,
      cancelWithdraw: () => setConfirmWithdraw(null),
      withdraw,
      withdrawing,
    },
    attendance: {
      valueOf: (enrolmentId: string, saved: string | null | undefined) => draft[enrolmentId] ?? saved ?? '',
      set: (enrolmentId: string, value: string) => setDraft((d) => ({ ...d, [enrolmentId]: value })),
      changed: changes.length > 0,
      save: saveAttendance,
      saving: recording,
    },
    signatureLinks: { links, create: makeLinks, creating: creatingLinks },
    sheet: {
      print,
      printing,
      upload,
      uploading,
      confirmingFreeze: confirmFreeze,
      askFreeze: () => setConfirmFreeze(true),
      cancelFreeze: () => setConfirmFreeze(false),
      freeze,
      freezing,
    },
  };
}
