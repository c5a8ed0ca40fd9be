import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import {
  EDUCATION_LEVEL_LABELS,
  ENTRY_SITUATION_LABELS,
  FollowUpKind,
  FSE_ANSWER_LABELS,
  FSE_EMPLOYMENT_STATUS_LABELS,
  FSE_HOUSEHOLD_SITUATION_LABELS,
  ISCED_GROUP_LABELS,
  PATH_STATUS_LABELS,
  PathStatus,
  PROGRAMME_LABELS,
  SEX_LABELS,
} from '@passerelle/domain';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { ParticipantFieldsFragment } from '../../../generated/graphql';
import { ageOn, bySex, formatDateTime, formatDay, formatShortDay, plural, todayInParis } from '../../../lib/format';
import { Detail } from '../../common/components/detail';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { ParticipantCejContracts } from '../../cej';
import {
  ChangeStatusModal,
  CommitteeProposalsCard,
  DiagnosisModal,
  ExitProposalsCard,
  ExitModal,
  FollowUpModal,
  FollowUpsTable,
  FseExitModal,
  PathConsentCard,
  PathSummary,
  ObstacleModal,
  ObstaclesTable,
  PathStatusBadge,
  PresentToCommitteeModal,
  ProposePathModal,
  ReopenModal,
  StepModal,
  StepsTable,
} from '../../plie';
import { AuditTrail } from '../components/audit-trail';
import { ParcoursTimeline } from '../components/parcours-timeline';
import { MlContactsPanel } from '../components/ml-contacts';
import { ParticipantDocuments } from '../components/participant-documents';
import { EditIdentityModal, EditSensitiveModal, EditSituationModal } from '../components/participant-edit-modals';
import { useParticipant, useParticipantSensitive } from '../hooks/use-participant';
import { participantName } from '../participant-rules';
import { ParticipantOrientations } from '../../markets';
import { QueryPending } from '../../common/components/query-pending';

const NO_PATH = <Text c="dimmed">Aucun parcours.</Text>;

/** A tab about the PLIE path: its content once the person has a path, else « Aucun parcours. ». */
function PathPanel<P>({
  value,
  path,
  children,
}: {
  value: string;
  path: P | null | undefined;
  children(path: P): ReactNode;
}) {
  return (
    <Tabs.Panel value={value} pt="md">
      {path ? children(path) : NO_PATH}
    </Tabs.Panel>
  );
}

function IdentityPanel({
  participant,
  canWrite,
  onEdit,
}: {
  participant: ParticipantFieldsFragment;
  canWrite: boolean;
  onEdit(): void;
}) {
  const a = participant.address;
  return (
    <Card withBorder padding="lg" radius="md">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          Identité et coordonnées
        </Title>
        {canWrite && (
          <Button variant="light" size="sm" onClick={onEdit}>
            Modifier
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <Detail compact label="Nom">
          {participant.lastName}
        </Detail>
        <Detail compact label="Prénom">
          {participant.firstName}
        </Detail>
        <Detail compact label="Sexe">
          {SEX_LABELS[participant.sex]}
        </Detail>
        <Detail compact label="Date de naissance">
          {formatDay(participant.birthDate)} ({ageOn(participant.birthDate, todayInParis())} ans)
        </Detail>
        <Detail compact label="Téléphone">
          {participant.phone ?? '—'}
        </Detail>
        <Detail compact label="Adresse e-mail">
          {participant.email ?? '—'}
        </Detail>
        <Detail compact label="Adresse">
          {[a.line, [a.postalCode, a.communeName].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '—'}
          {a.communeCode && (
            <Text size="xs" c="dimmed">
              Code INSEE {a.communeCode}
              {a.districtCode ? ` · quartier ${a.districtCode}` : ''}
            </Text>
          )}
        </Detail>
        <Detail compact label="Quartier prioritaire (QPV)">
          {a.inQpv ? `Oui${a.qpvCode ? ` (${a.qpvCode})` : ''}` : 'Non'}
        </Detail>
        <Detail compact label="Antenne">
          {participant.branch?.name ?? 'Aucune'}
          <Text size="xs" c="dimmed">
            {participant.branchOverridden ? 'Choisie à la main' : 'Déduite de l’adresse'}
          </Text>
        </Detail>
        <Detail compact label="Référent·e de parcours">
          {participant.referent?.fullName ?? 'Aucun·e'}
        </Detail>
        <Detail compact label="Dispositif">
          {PROGRAMME_LABELS[participant.programme]}
        </Detail>
        <Detail compact label="Fiche créée le">
          {formatDateTime(participant.createdAt)}
        </Detail>
      </SimpleGrid>
    </Card>
  );
}

function SensitivePanel({ participant, canWrite }: { participant: ParticipantFieldsFragment; canWrite: boolean }) {
  const { loaded, sensitive, canSeeSensitive, loading, error, refetch, editing, setEditing } = useParticipantSensitive(
    participant.id,
  );
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      style={{ borderColor: 'var(--mantine-color-grape-3)' }}
      aria-labelledby="sensitive-title"
    >
      <Group justify="space-between" mb="md">
        <Group gap="xs">
          <Title order={2} size="h4" id="sensitive-title">
            Données sensibles
          </Title>
          <Badge color="grape" variant="light">
            Lecture tracée
          </Badge>
        </Group>
        {canWrite && loaded && (
          <Button variant="light" color="grape" size="sm" onClick={() => setEditing(true)}>
            {sensitive ? 'Modifier' : 'Saisir'}
          </Button>
        )}
      </Group>
      {error && !loaded && <QueryError error={error} onRetry={() => void refetch()} />}
      {loading && !loaded && <Skeleton h={48} />}
      {loaded &&
        (sensitive ? (
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Detail compact label="Santé">
              {sensitive.healthNotes ?? '—'}
            </Detail>
            <Detail compact label="Handicap">
              {sensitive.disabilityNotes ?? '—'}
            </Detail>
            <Detail compact label="Situation sociale">
              {sensitive.socialNotes ?? '—'}
            </Detail>
          </SimpleGrid>
        ) : (
          <Text size="sm" c="dimmed">
            {canSeeSensitive
              ? 'Aucune donnée sensible saisie.'
              : 'Données réservées aux personnes qui suivent le participant.'}
          </Text>
        ))}
      {editing && (
        <EditSensitiveModal participant={participant} current={sensitive} onClose={() => setEditing(false)} />
      )}
    </Card>
  );
}

function SituationPanel({
  participant,
  canWrite,
  canWriteSensitive,
  onEdit,
}: {
  participant: ParticipantFieldsFragment;
  canWrite: boolean;
  canWriteSensitive: boolean;
  onEdit(): void;
}) {
  const fse = participant.fseEntry;
  /** A label of the FSE+ questionnaire, or « À compléter » when the answer is missing. */
  const labelOrMissing = <T extends string>(labels: Record<T, string>, value: T | null | undefined) =>
    value ? (
      labels[value]
    ) : (
      <Text span c="orange.8" size="sm">
        À compléter
      </Text>
    );
  const answer = (value: keyof typeof FSE_ANSWER_LABELS | null) => labelOrMissing(FSE_ANSWER_LABELS, value);
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" radius="md">
        <Group justify="space-between" mb="md">
          <Title order={2} size="h4">
            Situation à l’entrée et questionnaire FSE+
          </Title>
          {canWrite && (
            <Button variant="light" size="sm" onClick={onEdit}>
              Compléter ou modifier
            </Button>
          )}
        </Group>
        {participant.fseEntryMissing.length > 0 ? (
          <Alert
            color="orange"
            variant="light"
            mb="md"
            title={`À compléter : ${plural(participant.fseEntryMissing.length, 'donnée FSE+ manquante', 'données FSE+ manquantes')}`}
          >
            <List size="sm">
              {participant.fseEntryMissing.map((label) => (
                <List.Item key={label}>{label}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <Alert color="teal" variant="light" mb="md">
            Le questionnaire FSE+ d’entrée est complet.
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Detail compact label="Situations">
            {participant.entrySituations.length > 0
              ? participant.entrySituations.map((s) => ENTRY_SITUATION_LABELS[s]).join(' · ')
              : '—'}
          </Detail>
          <Detail compact label="Niveau de formation">
            {participant.educationLevel ? EDUCATION_LEVEL_LABELS[participant.educationLevel] : '—'}
            {fse.educationIsced && (
              <Text size="xs" c="dimmed">
                {ISCED_GROUP_LABELS[fse.educationIsced]}
              </Text>
            )}
          </Detail>
          <Detail compact label="Marché du travail">
            {labelOrMissing(FSE_EMPLOYMENT_STATUS_LABELS, fse.employmentStatus)}
          </Detail>
          <Detail compact label="Ménage">
            {labelOrMissing(FSE_HOUSEHOLD_SITUATION_LABELS, fse.householdSituation)}
          </Detail>
          <Detail compact label="Situation de handicap">
            {participant.canSeeSensitive ? answer(fse.disability) : 'Donnée réservée'}
          </Detail>
          <Detail compact label="Ressortissant·e d’un pays tiers">
            {answer(fse.thirdCountryNational)}
          </Detail>
          <Detail compact label="Origine étrangère">
            {participant.canSeeSensitive ? answer(fse.foreignBackground) : 'Donnée réservée'}
          </Detail>
          <Detail compact label="Minorité">
            {participant.canSeeSensitive ? answer(fse.minority) : 'Donnée réservée'}
          </Detail>
          <Detail compact label="Sans domicile">
            {answer(fse.homeless)}
          </Detail>
          <Detail compact label="Zone rurale">
            {fse.ruralArea === null ? (
              <Text span c="orange.8" size="sm">
                À compléter
              </Text>
            ) : fse.ruralArea ? (
              'Oui'
            ) : (
              'Non'
            )}
          </Detail>
        </SimpleGrid>
      </Card>
      {participant.canSeeSensitive ? (
        <SensitivePanel participant={participant} canWrite={canWriteSensitive} />
      ) : (
        <Alert color="gray" variant="light" title="Données sensibles">
          Santé, handicap et situation sociale ne sont visibles que des personnes qui suivent le participant
          (référent·e, coordination).
        </Alert>
      )}
    </Stack>
  );
}

export function ParticipantPage() {
  const { id = '' } = useParams();
  const view = useParticipant(id);

  if (!view.participant)
    return <QueryPending error={view.error} loading={view.loading} onRetry={() => void view.refetch()} h={480} />;

  return (
    <Stack gap="lg">
      <PageHeader
        title={participantName(view.participant)}
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <span>
              {SEX_LABELS[view.participant.sex]}, {ageOn(view.participant.birthDate, todayInParis())} ans ·{' '}
              {bySex(view.participant.sex, 'né', 'née', 'né·e')} le {formatShortDay(view.participant.birthDate)}
            </span>
            <Badge variant="light" data-testid="participant-programme">
              {PROGRAMME_LABELS[view.participant.programme]}
            </Badge>
            {view.participant.programme !== 'PLIE' && view.paths.length > 0 && <Badge variant="light">PLIE</Badge>}
            {view.participant.branch && <Badge variant="outline">{view.participant.branch.name}</Badge>}
            {view.path && view.isCurrent && <PathStatusBadge status={view.path.status} />}
            <span>· Référent·e : {view.participant.referent?.fullName ?? 'aucun·e'}</span>
          </Group>
        }
        actions={
          <>
            <Button component={Link} to="/participants" variant="default">
              Retour à la liste
            </Button>
            {view.canPropose && (
              <Button onClick={() => view.setModal({ type: 'propose' })}>
                {view.paths.length > 0 ? 'Nouvelle orientation PLIE' : 'Orienter vers le PLIE'}
              </Button>
            )}
          </>
        }
      />
      <ParticipantCejContracts participantId={view.participant.id} programme={view.participant.programme} />
      {view.participant.fseEntryMissing.length > 0 && view.tab !== 'situation' && (
        <Alert color="orange" variant="light" p="sm">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              Questionnaire FSE+ d’entrée :{' '}
              {plural(view.participant.fseEntryMissing.length, 'donnée manquante', 'données manquantes')} (
              {view.participant.fseEntryMissing.join(', ')}).
            </Text>
            <Anchor component="button" type="button" size="sm" onClick={() => view.openTab('situation')}>
              Voir la liste à compléter
            </Anchor>
          </Group>
        </Alert>
      )}
      <Tabs value={view.tab} onChange={view.openTab} keepMounted={false}>
        <Tabs.List aria-label="Sections du dossier">
          {!view.withPlie && <Tabs.Tab value="identite">Identité</Tabs.Tab>}
          {view.withPlie && (
            <>
              <Tabs.Tab value="parcours">Parcours</Tabs.Tab>
              <Tabs.Tab value="etapes">Étapes{view.path ? ` (${view.path.steps.length})` : ''}</Tabs.Tab>
              <Tabs.Tab value="suivi">
                Entretiens et relances{view.path ? ` (${view.path.followUps.length})` : ''}
              </Tabs.Tab>
              <Tabs.Tab value="freins">
                Diagnostic et freins{view.path ? ` (${view.path.obstacles.length})` : ''}
              </Tabs.Tab>
            </>
          )}
          <Tabs.Tab value="documents">Documents</Tabs.Tab>
          <Tabs.Tab value="orientations">Orientations vers les actions</Tabs.Tab>
          {view.withPlie && <Tabs.Tab value="identite">Identité</Tabs.Tab>}
          {view.isMissionLocale && <Tabs.Tab value="contacts">Contacts Mission Locale</Tabs.Tab>}
          <Tabs.Tab value="situation">Situation et FSE+</Tabs.Tab>
          {view.canReadAudit && <Tabs.Tab value="journal">Journal d’accès</Tabs.Tab>}
        </Tabs.List>

        <Tabs.Panel value="parcours" pt="md">
          {view.path ? (
            <Stack gap="lg">
              {view.paths.length > 1 && (
                <Select
                  label="Parcours affiché"
                  data={view.paths.map((p, i) => ({
                    value: p.id,
                    label: `Orientation du ${formatShortDay(p.orientedOn)} — ${PATH_STATUS_LABELS[p.status]}${i === 0 ? ' (le plus récent)' : ''}`,
                  }))}
                  value={view.path.id}
                  onChange={view.selectPath}
                  allowDeselect={false}
                  w={{ base: '100%', sm: 420 }}
                />
              )}
              <PathSummary path={view.path} actions={view.actions} onAction={view.onAction} />
              {view.isCurrent && view.participant.programme === 'PLIE' && (
                <PathConsentCard path={view.path} side="operator" canRecord={view.canWrite} />
              )}
              <ExitProposalsCard path={view.path} canDecide={view.actions.includes('decideExit')} />
              <CommitteeProposalsCard
                path={view.path}
                canPropose={view.actions.includes('recordFollowUp')}
                canDecide={view.isCurrent && view.canCoordinate}
              />
              <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="timeline-title">
                <Group justify="space-between" mb="md" wrap="wrap">
                  <Title order={2} size="h4" id="timeline-title">
                    Historique du parcours
                  </Title>
                  {view.actions.includes('recordFollowUp') && (
                    <Group gap="xs">
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => view.setModal({ type: 'followUp', kind: FollowUpKind.INTERVIEW })}
                      >
                        Saisir un entretien
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => view.setModal({ type: 'followUp', kind: FollowUpKind.REMINDER })}
                      >
                        Saisir une relance
                      </Button>
                    </Group>
                  )}
                </Group>
                <ParcoursTimeline
                  participantId={view.participant.id}
                  path={view.path}
                  onShowDocuments={() => view.openTab('documents')}
                />
              </Card>
            </Stack>
          ) : (
            <Card withBorder padding="lg" radius="md">
              <Text c="dimmed">
                {view.participant.programme === 'PLIE'
                  ? 'Aucun parcours PLIE : orientez la personne pour proposer son dossier au comité d’agrément.'
                  : 'Cette personne est suivie dans un autre dispositif.'}
              </Text>
            </Card>
          )}
        </Tabs.Panel>

        <PathPanel value="etapes" path={view.path}>
          {(path) => (
            <StepsTable
              steps={path.steps}
              canAdd={view.actions.includes('addStep')}
              onAdd={() => view.setModal({ type: 'step', step: null })}
              onEdit={(step) => view.setModal({ type: 'step', step })}
            />
          )}
        </PathPanel>

        <PathPanel value="suivi" path={view.path}>
          {(path) => (
            <FollowUpsTable
              followUps={path.followUps}
              lastContactOn={path.lastContactOn}
              withoutContact={path.withoutContact}
              canRecord={view.actions.includes('recordFollowUp')}
              onRecord={(kind) => view.setModal({ type: 'followUp', kind })}
            />
          )}
        </PathPanel>

        <PathPanel value="freins" path={view.path}>
          {(path) => (
            <ObstaclesTable
              diagnoses={path.diagnoses}
              obstacles={path.obstacles}
              canRecord={view.actions.includes('addObstacle')}
              onDiagnosis={() => view.setModal({ type: 'diagnosis' })}
              onAdd={() => view.setModal({ type: 'obstacle', obstacle: null })}
              onEdit={(obstacle) => view.setModal({ type: 'obstacle', obstacle })}
            />
          )}
        </PathPanel>

        <Tabs.Panel value="documents" pt="md">
          <ParticipantDocuments participantId={view.participant.id} canUpload={view.canWrite} />
        </Tabs.Panel>

        <Tabs.Panel value="orientations" pt="md">
          <ParticipantOrientations
            participantId={view.participant.id}
            participantName={`${view.participant.firstName} ${view.participant.lastName}`}
          />
        </Tabs.Panel>

        {view.isMissionLocale && (
          <Tabs.Panel value="contacts" pt="md">
            <MlContactsPanel participantId={view.participant.id} branchId={view.participant.branch?.id ?? null} />
          </Tabs.Panel>
        )}

        <Tabs.Panel value="identite" pt="md">
          <IdentityPanel
            participant={view.participant}
            canWrite={view.canWrite}
            onEdit={() => view.setModal({ type: 'identity' })}
          />
        </Tabs.Panel>

        <Tabs.Panel value="situation" pt="md">
          <SituationPanel
            participant={view.participant}
            canWrite={view.canWrite}
            canWriteSensitive={view.canWriteSensitive}
            onEdit={() => view.setModal({ type: 'situation' })}
          />
        </Tabs.Panel>

        {view.canReadAudit && (
          <Tabs.Panel value="journal" pt="md">
            <AuditTrail participantId={view.participant.id} />
          </Tabs.Panel>
        )}
      </Tabs>

      {view.modal?.type === 'identity' && <EditIdentityModal participant={view.participant} onClose={view.close} />}
      {view.modal?.type === 'situation' && (
        <EditSituationModal
          participant={view.participant}
          canSeeSensitive={view.participant.canSeeSensitive}
          onClose={view.close}
        />
      )}
      {view.modal?.type === 'propose' && <ProposePathModal participantId={view.participant.id} onClose={view.close} />}
      {view.path && view.modal?.type === 'present' && (
        <PresentToCommitteeModal path={view.path} canCreateSession={view.canCoordinate} onClose={view.close} />
      )}
      {view.path && view.modal?.type === 'withdraw' && (
        <ChangeStatusModal path={view.path} to={PathStatus.NOT_ADMITTED} onClose={view.close} />
      )}
      {view.path && view.modal?.type === 'jobLost' && (
        <ChangeStatusModal path={view.path} to={PathStatus.ACTIVE} onClose={view.close} />
      )}
      {view.path && view.modal?.type === 'exit' && <ExitModal path={view.path} onClose={view.close} />}
      {view.path && view.modal?.type === 'fseExit' && <FseExitModal path={view.path} onClose={view.close} />}
      {view.path && view.modal?.type === 'reopen' && <ReopenModal path={view.path} onClose={view.close} />}
      {view.path && view.modal?.type === 'diagnosis' && <DiagnosisModal pathId={view.path.id} onClose={view.close} />}
      {view.path && view.modal?.type === 'obstacle' && (
        <ObstacleModal pathId={view.path.id} obstacle={view.modal.obstacle} onClose={view.close} />
      )}
      {view.path && view.modal?.type === 'step' && (
        <StepModal pathId={view.path.id} step={view.modal.step} onClose={view.close} />
      )}
      {view.path && view.modal?.type === 'followUp' && (
        <FollowUpModal pathId={view.path.id} initialKind={view.modal.kind} onClose={view.close} />
      )}
    </Stack>
  );
}
