import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  CopyButton,
  FileButton,
  Group,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { ATTENDANCE_STATUS_LABELS, Permission, SESSION_KIND_LABELS } from '@passerelle/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AttendanceStatus, CreateSignatureLinksMutation } from '../../../generated/graphql';
import { formatDateTime, formatDay, labelOf, optionsOf, todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useMe, useSession } from '../../auth';
import { ConfirmModal } from '../../common/components/confirm-modal';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { attendanceChanges, capacityLabel, missingAttendance, signingUrl, timeRange } from '../activity-rules';
import { ProofsTable } from '../components/proofs-table';
import { QrCode } from '../components/qr-code';
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

const ATTENDANCE_OPTIONS = optionsOf(ATTENDANCE_STATUS_LABELS);
type SignatureLinks = CreateSignatureLinksMutation['createSignatureLinks'];

/** A session of a lot: enrolments within capacity, attendance, the printable sheet, e-signature links, freezing. */
export function SessionPage() {
  const { id = '' } = useParams();
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
  const [withdraw] = useMutation(WITHDRAW_ENROLMENT_MUTATION, refetchSession);
  const [recordAttendance, { loading: recording }] = useMutation(RECORD_ATTENDANCE_MUTATION, refetchSession);
  const [createLinks, { loading: creatingLinks }] = useMutation(CREATE_SIGNATURE_LINKS_MUTATION);
  const [freeze, { loading: freezing }] = useMutation(FREEZE_SHEET_MUTATION, refetchSession);
  const [orientationId, setOrientationId] = useState<string | null>(null);
  const [enrolError, setEnrolError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [links, setLinks] = useState<SignatureLinks>([]);
  const [confirmFreeze, setConfirmFreeze] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [uploading, setUploading] = useState(false);

  if (error && !session) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!session) return <Skeleton height={240} visible={loading} />;

  const frozen = Boolean(session.sheetFrozenAt);
  const editable = canAct && !frozen;
  const past = session.date <= todayInParis();
  const enrolledIds = new Set(session.enrolments.map((e) => e.orientationId));
  const candidates = (orientationsData?.orientations.edges ?? [])
    .map((edge) => edge.node)
    .filter((o) => (o.status === 'PENDING_ENTRY' || o.status === 'ENTERED') && !enrolledIds.has(o.id))
    .map((o) => ({ value: o.id, label: `${o.participant.lastName.toUpperCase()} ${o.participant.firstName}` }));
  const changes = attendanceChanges(session.enrolments, draft);
  const missing = missingAttendance(session.enrolments);

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

  async function doFreeze() {
    if (!session) return;
    try {
      await freeze({ variables: { sessionId: session.id } });
      notifySuccess('La feuille d’émargement est figée : elle ne changera plus.');
      setConfirmFreeze(false);
    } catch (err) {
      setConfirmFreeze(false);
      notifyError(err);
    }
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={session.title}
        description={
          <>
            {labelOf(SESSION_KIND_LABELS, session.kind)} · {formatDay(session.date)},{' '}
            {timeRange(session.startTime, session.durationMinutes)} · {session.place} · animé par {session.facilitator}
          </>
        }
        actions={
          <>
            <Button variant="default" onClick={() => void print()} loading={printing}>
              Imprimer la feuille d’émargement
            </Button>
            {editable && (
              <FileButton onChange={(file) => void upload(file)} accept="application/pdf,image/png,image/jpeg">
                {(props) => (
                  <Button variant="default" loading={uploading} {...props}>
                    Déposer la feuille signée
                  </Button>
                )}
              </FileButton>
            )}
          </>
        }
      />
      <Group gap="xs">
        <Anchor component={Link} to={`/lots/${session.lot.id}`} size="sm">
          Lot {session.lot.number} · {session.lot.title}
        </Anchor>
        <Badge variant="light">{capacityLabel(session.enrolledCount, session.maxParticipants)}</Badge>
        {session.belowMinimum && (
          <Badge color="orange" variant="light">
            Sous le minimum du groupe ({session.minParticipants})
          </Badge>
        )}
        {session.cycleNumber != null && <Badge variant="outline">Cycle {session.cycleNumber}</Badge>}
      </Group>
      {frozen && (
        <Alert color="gray" title="Feuille d’émargement figée" role="status">
          <Text size="sm">
            Figée le {formatDateTime(session.sheetFrozenAt)} : les présences ne peuvent plus changer.
            {session.sheetSha256 && (
              <>
                {' '}
                Empreinte SHA-256 : <code>{session.sheetSha256}</code>
              </>
            )}
          </Text>
          {session.sheetProof && (
            <Text size="sm">
              Justificatif : {session.sheetProof.fileName}, conservé jusqu’au {formatDay(session.sheetProof.keepUntil)}.
            </Text>
          )}
        </Alert>
      )}

      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            Inscrits et présences
          </Title>
          {editable && past && (
            <Group gap="xs">
              <Button
                size="xs"
                onClick={() => void saveAttendance()}
                disabled={changes.length === 0}
                loading={recording}
              >
                Enregistrer les présences
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => setConfirmFreeze(true)}
                disabled={missing > 0 || session.enrolments.length === 0}
              >
                Figer la feuille
              </Button>
            </Group>
          )}
        </Group>
        {session.enrolments.length === 0 ? (
          <Text size="sm" c="dimmed">
            Personne n’est encore inscrit.
          </Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Participant</Table.Th>
                <Table.Th>Présence</Table.Th>
                <Table.Th>Signature</Table.Th>
                {editable && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {session.enrolments.map((e) => {
                const name = `${e.participant.lastName.toUpperCase()} ${e.participant.firstName}`;
                return (
                  <Table.Tr key={e.id} data-testid="enrolment-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/orientations/${e.orientationId}`} size="sm">
                        {name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {editable && past ? (
                        <SegmentedControl
                          size="xs"
                          aria-label={`Présence de ${name}`}
                          data={ATTENDANCE_OPTIONS}
                          value={draft[e.id] ?? e.attendance ?? ''}
                          onChange={(value) => setDraft((d) => ({ ...d, [e.id]: value }))}
                        />
                      ) : (
                        <Text size="sm">
                          {labelOf(ATTENDANCE_STATUS_LABELS, e.attendance, past ? 'À saisir' : 'Séance à venir')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {e.signedAt ? (
                        <Badge color="teal" variant="light">
                          Signé le {formatDateTime(e.signedAt)}
                        </Badge>
                      ) : (
                        <Text size="sm" c="dimmed">
                          Non signé
                        </Text>
                      )}
                    </Table.Td>
                    {editable && (
                      <Table.Td>
                        {!e.attendance && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() =>
                              void withdraw({ variables: { enrolmentId: e.id } }).then(
                                () => notifySuccess('L’inscription est retirée.'),
                                (err: unknown) => notifyError(err),
                              )
                            }
                          >
                            Désinscrire
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {editable && (
          <Group align="flex-end" mt="md">
            <Select
              label="Inscrire une personne orientée vers le lot"
              placeholder={candidates.length ? 'Choisir' : 'Aucune personne à inscrire'}
              data={candidates}
              value={orientationId}
              onChange={(value) => {
                setOrientationId(value);
                setEnrolError(null);
              }}
              searchable
              error={enrolError}
              w={360}
            />
            <Button onClick={() => void submitEnrol()} disabled={!orientationId} loading={enrolling}>
              Inscrire
            </Button>
          </Group>
        )}
      </Card>

      {editable && past && (
        <Card withBorder>
          <Group justify="space-between" mb="sm">
            <Stack gap={0}>
              <Title order={2} size="h4">
                Signature électronique
              </Title>
              <Text size="sm" c="dimmed">
                Un lien à usage unique par inscrit qui n’a pas signé : à ouvrir sur la tablette, à envoyer sur son
                téléphone, ou à scanner (QR code) avec son téléphone.
              </Text>
            </Stack>
            <Button variant="light" onClick={() => void makeLinks()} loading={creatingLinks}>
              Créer les liens de signature
            </Button>
          </Group>
          {links.length > 0 && (
            <Table>
              <Table.Tbody>
                {links.map((link) => {
                  const url = signingUrl(window.location.origin, link);
                  return (
                    <Table.Tr key={link.enrolmentId} data-testid="signature-link">
                      <Table.Td>
                        {link.participant.firstName} {link.participant.lastName}
                      </Table.Td>
                      <Table.Td>
                        <QrCode
                          value={url}
                          label={`QR code de signature pour ${link.participant.firstName} ${link.participant.lastName}`}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Anchor href={url} target="_blank" rel="noopener" size="sm">
                          Ouvrir la page de signature
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <CopyButton value={url}>
                          {({ copied, copy }) => (
                            <Button size="xs" variant="subtle" onClick={copy}>
                              {copied ? 'Lien copié' : 'Copier le lien'}
                            </Button>
                          )}
                        </CopyButton>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed">
                          Valable jusqu’au {formatDateTime(link.expiresAt)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      )}

      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          Justificatifs du lot
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Feuilles signées, documents numérisés, courriels : chaque fichier est conservé avec son empreinte jusqu’à la
          clôture du programme.
        </Text>
        <ProofsTable
          lotId={session.lot.id}
          canUpload={canAct}
          description={`Séance « ${session.title} » du ${formatDay(session.date)}`}
        />
      </Card>

      <ConfirmModal
        opened={confirmFreeze}
        title="Figer la feuille d’émargement"
        confirmLabel="Figer"
        loading={freezing}
        onConfirm={() => void doFreeze()}
        onClose={() => setConfirmFreeze(false)}
      >
        La feuille signée devient le justificatif de la séance et son empreinte est conservée. Les présences ne pourront
        plus être modifiées.
      </ConfirmModal>
    </Stack>
  );
}
