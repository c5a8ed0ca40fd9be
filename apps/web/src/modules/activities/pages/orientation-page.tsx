import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import {
  ACTION_EXIT_REASON_LABELS,
  ATTENDANCE_STATUS_LABELS,
  CONTACT_MODE_LABELS,
  EXIT_PROPOSAL_REASON_LABELS,
  INTERVIEW_KIND_LABELS,
  LIAISON_SHEET_KIND_LABELS,
} from '@passerelle/domain';
import { Link, useParams } from 'react-router';
import { formatDay, formatMinutes, formatShortDay, labelOf } from '../../../lib/format';
import { PageHeader } from '../../common/components/page-header';
import { DeadlineBadge, OrientationStatusBadge } from '../components/badges';
import { InterviewModal, ReminderModal } from '../components/follow-up-modals';
import { InterviewFollowUpAlerts } from '../components/interview-follow-up';
import { AssessmentsCard } from '../components/assessments-card';
import { PlanImmersionModal } from '../components/immersion-modals';
import { EntrySheetModal, ExitSheetModal } from '../components/liaison-sheet-modals';
import { useOrientation } from '../hooks/use-orientation';
import { QueryPending } from '../../common/components/query-pending';

function Empty({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

/** One orientation, seen by the operator and by the provider: liaison sheets and their deadlines, sessions, follow-up. */
export function OrientationPage() {
  const { id = '' } = useParams();
  const {
    orientation: o,
    loading,
    error,
    refetch,
    canAct,
    canOpenParticipant,
    canDecideExit,
    owed,
    dialog,
    setDialog,
    decideProposal,
    deciding,
  } = useOrientation(id);

  if (!o) return <QueryPending error={error} loading={loading} onRetry={() => void refetch()} h={240} reserve />;

  const name = `${o.participant.firstName} ${o.participant.lastName}`;

  return (
    <Stack gap="md">
      <PageHeader
        title={`Orientation de ${name}`}
        description={
          <>
            Lot {o.lot.number} · {o.lot.title} ({o.lot.market.reference}) · prestataire {o.provider.name}
          </>
        }
        actions={
          canAct && (
            <>
              {owed === 'ENTRY' && <Button onClick={() => setDialog('entry')}>Envoyer la fiche d’entrée</Button>}
              {owed === 'EXIT' && <Button onClick={() => setDialog('exit')}>Envoyer la fiche de sortie</Button>}
              {o.status === 'ENTERED' && (
                <>
                  <Button variant="default" onClick={() => setDialog('interview')}>
                    Entretien
                  </Button>
                  <Button variant="default" onClick={() => setDialog('reminder')}>
                    Relance
                  </Button>
                </>
              )}
            </>
          )
        }
      />
      {o.late && (
        <Alert color="red" title="Fiche de liaison en retard" role="status">
          Une fiche de liaison n’a pas été envoyée dans les 15 jours : le retard est signalé à la structure porteuse
          comme au prestataire.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h4">
                Orientation
              </Title>
              <OrientationStatusBadge status={o.status} />
            </Group>
            <Text size="sm">Orientée le {formatDay(o.orientedOn)}</Text>
            {o.startedOn && <Text size="sm">Entrée dans l’action le {formatDay(o.startedOn)}</Text>}
            {o.exitOn && (
              <Text size="sm">
                Sortie le {formatDay(o.exitOn)} : {labelOf(ACTION_EXIT_REASON_LABELS, o.exitReason)}
              </Text>
            )}
            {o.purpose && <Text size="sm">Objectif : {o.purpose}</Text>}
            <Group gap="xs">
              <DeadlineBadge deadline={o.entrySheet} label="Fiche d’entrée" />
              {o.exitSheet && <DeadlineBadge deadline={o.exitSheet} label="Fiche de sortie" />}
            </Group>
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="xs">
            <Title order={2} size="h4">
              Participant
            </Title>
            <Text size="sm" fw={500}>
              {name}, né·e le {formatDay(o.participant.birthDate)}
            </Text>
            <Text size="sm">Téléphone : {o.participant.phone ?? '—'}</Text>
            <Text size="sm">Courriel : {o.participant.email ?? '—'}</Text>
            <Text size="sm">
              Commune : {[o.participant.postalCode, o.participant.communeName].filter(Boolean).join(' ') || '—'}
            </Text>
            {canOpenParticipant && (
              <Anchor component={Link} to={`/participants/${o.participant.id}`} size="sm">
                Ouvrir la fiche du participant
              </Anchor>
            )}
          </Stack>
        </Card>
      </SimpleGrid>

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Fiches de liaison
        </Title>
        {o.liaisonSheets.length === 0 ? (
          <Empty>Aucune fiche envoyée.</Empty>
        ) : (
          <Stack gap="sm">
            {o.liaisonSheets.map((sheet) => (
              <Card key={sheet.id} withBorder padding="sm" data-testid="liaison-sheet">
                <Group justify="space-between">
                  <Text fw={500} size="sm">
                    {labelOf(LIAISON_SHEET_KIND_LABELS, sheet.kind)}
                  </Text>
                  <Group gap="xs">
                    <Text size="xs" c="dimmed">
                      Envoyée le {formatShortDay(sheet.sentOn)} (échéance {formatShortDay(sheet.dueOn)})
                    </Text>
                    {sheet.late && (
                      <Badge color="orange" variant="light">
                        En retard
                      </Badge>
                    )}
                  </Group>
                </Group>
                {sheet.startedOn && (
                  <Text size="sm">
                    Démarrage le {formatDay(sheet.startedOn)}
                    {sheet.position ? ` · ${sheet.position}` : ''}
                  </Text>
                )}
                {sheet.nonEntryReason && <Text size="sm">Motif de non-entrée : {sheet.nonEntryReason}</Text>}
                {sheet.exitOn && (
                  <Text size="sm">
                    Sortie le {formatDay(sheet.exitOn)} : {labelOf(ACTION_EXIT_REASON_LABELS, sheet.exitReason)}
                  </Text>
                )}
                {sheet.synthesis && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    Synthèse : {sheet.synthesis}
                  </Text>
                )}
              </Card>
            ))}
          </Stack>
        )}
      </Card>

      {(o.immersions.length > 0 || (canAct && o.status === 'ENTERED')) && (
        <Card withBorder>
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">
              Immersions
            </Title>
            {canAct && o.status === 'ENTERED' && (
              <Button size="xs" variant="light" onClick={() => setDialog('immersion')}>
                Prévoir une immersion
              </Button>
            )}
          </Group>
          {o.immersions.length === 0 ? (
            <Empty>Aucune immersion.</Empty>
          ) : (
            <Stack gap={4}>
              {o.immersions.map((i) => (
                <Group key={i.id} gap="xs">
                  <Anchor component={Link} to={`/orientations/${o.id}/immersions/${i.id}`} size="sm">
                    {i.hostName}
                  </Anchor>
                  <Text size="sm">
                    du {formatShortDay(i.startsOn)} au {formatShortDay(i.endsOn)}
                  </Text>
                  <Badge variant="light" color={i.coSigned ? 'teal' : 'yellow'}>
                    {i.coSigned ? 'Fiche de fin cosignée' : 'Fiche de fin à remplir'}
                  </Badge>
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      )}

      {(o.assessments.length > 0 || (o.lot.quantities.assessmentsCount ?? 0) > 0) && (
        <AssessmentsCard
          orientationId={o.id}
          assessments={o.assessments}
          canStart={canAct && o.status === 'ENTERED'}
          canAct={canAct}
        />
      )}

      {o.exitProposals.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Propositions de sortie
          </Title>
          <Stack gap="xs">
            {o.exitProposals.map((p) => (
              <Group key={p.id} justify="space-between">
                <Text size="sm">
                  {formatShortDay(p.raisedOn)} · {labelOf(EXIT_PROPOSAL_REASON_LABELS, p.reason)}
                </Text>
                {p.status === 'PENDING' && canDecideExit ? (
                  <Group gap="xs">
                    <Button
                      size="xs"
                      color="red"
                      loading={deciding}
                      onClick={() => void decideProposal(p.id, p.version, true)}
                    >
                      Valider la sortie
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      loading={deciding}
                      onClick={() => void decideProposal(p.id, p.version, false)}
                    >
                      Écarter
                    </Button>
                  </Group>
                ) : (
                  <Badge
                    variant="light"
                    color={p.status === 'PENDING' ? 'yellow' : p.status === 'ACCEPTED' ? 'red' : 'gray'}
                  >
                    {p.status === 'PENDING'
                      ? 'À valider par la structure porteuse'
                      : p.status === 'ACCEPTED'
                        ? 'Sortie validée'
                        : 'Écartée'}
                  </Badge>
                )}
              </Group>
            ))}
          </Stack>
        </Card>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Séances et présences
          </Title>
          {o.enrolments.length === 0 ? (
            <Empty>Aucune inscription.</Empty>
          ) : (
            <Table>
              <Table.Tbody>
                {o.enrolments.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/seances/${e.session.id}`} size="sm">
                        {e.session.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatShortDay(e.session.date)}</Table.Td>
                    <Table.Td>
                      {labelOf(ATTENDANCE_STATUS_LABELS, e.attendance, 'À saisir')}
                      {e.signedAt ? ' · signé' : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Entretiens et relances
          </Title>
          <InterviewFollowUpAlerts followUp={o.interviewFollowUp} />
          {o.interviews.length === 0 && o.reminders.length === 0 ? (
            <Empty>Aucun entretien ni relance.</Empty>
          ) : (
            <Stack gap={4}>
              {o.interviews.map((i) => (
                <Text key={i.id} size="sm">
                  {formatShortDay(i.date)} · {labelOf(INTERVIEW_KIND_LABELS, i.kind)} ·{' '}
                  {formatMinutes(i.durationMinutes)}
                  {i.counted ? '' : ' · sans justificatif (non compté)'}
                </Text>
              ))}
              {o.reminders.map((r) => (
                <Text key={r.id} size="sm">
                  {formatShortDay(r.date)} · relance {labelOf(CONTACT_MODE_LABELS, r.mode).toLowerCase()} ·{' '}
                  {r.answered ? 'répondue' : 'sans réponse'}
                </Text>
              ))}
            </Stack>
          )}
        </Card>
      </SimpleGrid>

      {dialog === 'entry' && <EntrySheetModal orientation={o} onClose={() => setDialog(null)} />}
      {dialog === 'exit' && <ExitSheetModal orientation={o} onClose={() => setDialog(null)} />}
      {dialog === 'interview' && (
        <InterviewModal orientationId={o.id} lotId={o.lot.id} onClose={() => setDialog(null)} />
      )}
      {dialog === 'reminder' && <ReminderModal orientationId={o.id} onClose={() => setDialog(null)} />}
      {dialog === 'immersion' && <PlanImmersionModal orientationId={o.id} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
