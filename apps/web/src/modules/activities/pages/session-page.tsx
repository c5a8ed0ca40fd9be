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
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { ATTENDANCE_STATUS_LABELS, SESSION_KIND_LABELS } from '@passerelle/domain';
import { Link, useParams } from 'react-router';
import { formatDateTime, formatDay, labelOf, optionsOf } from '../../../lib/format';
import { ConfirmModal } from '../../common/components/confirm-modal';
import { PageHeader } from '../../common/components/page-header';
import { capacityLabel, signingUrl, timeRange } from '../activity-rules';
import { ProofsTable } from '../components/proofs-table';
import { QrCode } from '../components/qr-code';
import { useSessionSheet } from '../hooks/use-session-sheet';
import { QueryPending } from '../../common/components/query-pending';

const ATTENDANCE_OPTIONS = optionsOf(ATTENDANCE_STATUS_LABELS);

/** A session of a lot: enrolments within capacity, attendance, the printable sheet, e-signature links, freezing. */
export function SessionPage() {
  const { id = '' } = useParams();
  const {
    session,
    loading,
    error,
    refetch,
    canAct,
    frozen,
    editable,
    past,
    missing,
    enrolment,
    attendance,
    signatureLinks,
    sheet,
  } = useSessionSheet(id);
  // On a phone, rows become stacked blocks and the attendance choices a vertical list: no sideways scrolling.
  const phone = useMediaQuery('(max-width: 48em)') ?? false;

  if (!session) return <QueryPending error={error} loading={loading} onRetry={() => void refetch()} h={240} reserve />;

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
            <Button variant="default" onClick={() => void sheet.print()} loading={sheet.printing}>
              Imprimer la feuille d’émargement
            </Button>
            {editable && (
              <FileButton onChange={(file) => void sheet.upload(file)} accept="application/pdf,image/png,image/jpeg">
                {(props) => (
                  <Button variant="default" loading={sheet.uploading} {...props}>
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
                onClick={() => void attendance.save()}
                disabled={!attendance.changed}
                loading={attendance.saving}
              >
                Enregistrer les présences
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={sheet.askFreeze}
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
          <Table verticalSpacing="xs" className="stack-on-phone">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Participant</Table.Th>
                <Table.Th>Présence</Table.Th>
                <Table.Th>Signature</Table.Th>
                {editable && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
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
                          orientation={phone ? 'vertical' : 'horizontal'}
                          fullWidth={phone}
                          aria-label={`Présence de ${name}`}
                          data={ATTENDANCE_OPTIONS}
                          value={attendance.valueOf(e.id, e.attendance)}
                          onChange={(value) => attendance.set(e.id, value)}
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
                            onClick={() => enrolment.askWithdraw(e.id, name)}
                            aria-label={`Désinscrire ${name}`}
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
              placeholder={enrolment.candidates.length ? 'Choisir' : 'Aucune personne à inscrire'}
              data={enrolment.candidates}
              value={enrolment.orientationId}
              onChange={enrolment.choose}
              searchable
              error={enrolment.error}
              w={360}
            />
            <Button
              onClick={() => void enrolment.submit()}
              disabled={!enrolment.orientationId}
              loading={enrolment.submitting}
            >
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
            <Button variant="light" onClick={() => void signatureLinks.create()} loading={signatureLinks.creating}>
              Créer les liens de signature
            </Button>
          </Group>
          {signatureLinks.links.length > 0 && (
            <Table className="stack-on-phone">
              <Table.Tbody>
                {signatureLinks.links.map((link) => {
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
        opened={enrolment.confirmingWithdraw !== null}
        title="Désinscrire de la séance"
        confirmLabel="Désinscrire"
        loading={enrolment.withdrawing}
        onConfirm={enrolment.withdraw}
        onClose={enrolment.cancelWithdraw}
      >
        {enrolment.confirmingWithdraw?.name} perd sa place à la séance « {session.title} » du {formatDay(session.date)}.
      </ConfirmModal>
      <ConfirmModal
        opened={sheet.confirmingFreeze}
        title="Figer la feuille d’émargement"
        confirmLabel="Figer"
        loading={sheet.freezing}
        onConfirm={() => void sheet.freeze()}
        onClose={sheet.cancelFreeze}
      >
        La feuille signée devient le justificatif de la séance et son empreinte est conservée. Les présences ne pourront
        plus être modifiées.
      </ConfirmModal>
    </Stack>
  );
}
