import { Button, Card, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { FollowUpKind, Permission, SEX_LABELS } from '@passerelle/domain';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { PliePathFieldsFragment } from '../../../generated/graphql';
import { ageOn, formatShortDay, todayInParis } from '../../../lib/format';
import { useSession } from '../../auth';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { participantName } from '../../participants';
import { CommitteeProposalsCard } from '../components/committee-proposals';
import { DiagnosisModal, ObstacleModal } from '../components/diagnosis-modals';
import { ExitProposalsCard, ProposeExitModal } from '../components/exit-proposals';
import { FollowUpModal } from '../components/follow-up-modal';
import { PathConsentCard, RecordConsentModal } from '../components/path-consent';
import { PathSummary } from '../components/path-summary';
import { FollowUpsTable, ObstaclesTable, StepsTable } from '../components/path-tables';
import { PathTimeline } from '../components/path-timeline';
import { StepModal } from '../components/step-modal';
import { usePliePath } from '../hooks/use-plie-path';
import { type PathAction, pathActions } from '../path-rules';

type Path = PliePathFieldsFragment;
type OpenModal =
  | { type: 'consent' }
  | { type: 'proposeExit' }
  | { type: 'diagnosis' }
  | { type: 'obstacle'; obstacle: Path['obstacles'][number] | null }
  | { type: 'step'; step: Path['steps'][number] | null }
  | { type: 'followUp'; kind: FollowUpKind };

const TABS = ['parcours', 'etapes', 'suivi', 'freins'] as const;
type Tab = (typeof TABS)[number];

/**
 * A PLIE path as the provider's référent works it (seed 001, lots 1 and 2): the same screens as the operator's
 * référents — summary, timeline, steps, follow-up, diagnosis and obstacles — without the operator's decisions.
 */
export function PathPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('onglet');
  const tab: Tab = TABS.includes(tabParam as Tab) ? (tabParam as Tab) : 'parcours';
  const [modal, setModal] = useState<OpenModal | null>(null);
  const { path, loading, error, refetch } = usePliePath(id);

  if (error && !path) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !path) return <Skeleton h={480} />;
  if (!path) return null;

  const operator = can(Permission.PARTICIPANTS_WRITE);
  const side = operator ? 'operator' : 'provider';
  const actions = pathActions(path, {
    write: operator,
    coordinate: can(Permission.PLIE_COORDINATE),
    provider: !operator && can(Permission.ACTIVITIES_WRITE),
  });
  const close = () => setModal(null);
  const participant = path.participant;

  function onAction(action: PathAction) {
    if (action === 'recordConsent') setModal({ type: 'consent' });
    else if (action === 'proposeExit') setModal({ type: 'proposeExit' });
    else if (action === 'addStep') setModal({ type: 'step', step: null });
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title={participantName(participant)}
        description={`${SEX_LABELS[participant.sex]}, ${ageOn(participant.birthDate, todayInParis())} ans · né·e le ${formatShortDay(participant.birthDate)}${participant.phone ? ` · ${participant.phone}` : ''}${participant.email ? ` · ${participant.email}` : ''}`}
        actions={
          <Button component={Link} to="/portefeuille" variant="default">
            Retour au portefeuille
          </Button>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'parcours' ? { onglet: value } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List aria-label="Sections du parcours">
          <Tabs.Tab value="parcours">Parcours</Tabs.Tab>
          <Tabs.Tab value="etapes">Étapes ({path.steps.length})</Tabs.Tab>
          <Tabs.Tab value="suivi">Entretiens et relances ({path.followUps.length})</Tabs.Tab>
          <Tabs.Tab value="freins">Diagnostic et freins ({path.obstacles.length})</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="parcours" pt="md">
          <Stack gap="lg">
            <PathSummary path={path} actions={actions} onAction={onAction} />
            <PathConsentCard path={path} side={side} canRecord={actions.includes('recordConsent') || operator} />
            <ExitProposalsCard path={path} canDecide={actions.includes('decideExit')} />
            <CommitteeProposalsCard
              path={path}
              canPropose={actions.includes('recordFollowUp')}
              canDecide={operator && can(Permission.PLIE_COORDINATE)}
            />
            <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="timeline-title">
              <Group justify="space-between" mb="md" wrap="wrap">
                <Title order={2} size="h4" id="timeline-title">
                  Historique du parcours
                </Title>
                {actions.includes('recordFollowUp') && (
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setModal({ type: 'followUp', kind: FollowUpKind.INTERVIEW })}
                    >
                      Saisir un entretien
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setModal({ type: 'followUp', kind: FollowUpKind.REMINDER })}
                    >
                      Saisir une relance
                    </Button>
                  </Group>
                )}
              </Group>
              <PathTimeline path={path} />
            </Card>
          </Stack>
        </Tabs.Panel>

        <Tabs.Panel value="etapes" pt="md">
          <StepsTable
            steps={path.steps}
            canAdd={actions.includes('addStep')}
            onAdd={() => setModal({ type: 'step', step: null })}
            onEdit={(step) => setModal({ type: 'step', step })}
          />
        </Tabs.Panel>

        <Tabs.Panel value="suivi" pt="md">
          <FollowUpsTable
            followUps={path.followUps}
            lastContactOn={path.lastContactOn}
            withoutContact={path.withoutContact}
            canRecord={actions.includes('recordFollowUp')}
            onRecord={(kind) => setModal({ type: 'followUp', kind })}
          />
        </Tabs.Panel>

        <Tabs.Panel value="freins" pt="md">
          {!actions.includes('addObstacle') && !path.consent && (
            <Text c="dimmed" size="sm" mb="sm">
              Enregistrez d’abord le consentement de la personne.
            </Text>
          )}
          <ObstaclesTable
            diagnoses={path.diagnoses}
            obstacles={path.obstacles}
            canRecord={actions.includes('addObstacle')}
            onDiagnosis={() => setModal({ type: 'diagnosis' })}
            onAdd={() => setModal({ type: 'obstacle', obstacle: null })}
            onEdit={(obstacle) => setModal({ type: 'obstacle', obstacle })}
          />
        </Tabs.Panel>
      </Tabs>

      {modal?.type === 'consent' && <RecordConsentModal path={path} side={side} onClose={close} />}
      {modal?.type === 'proposeExit' && <ProposeExitModal path={path} onClose={close} />}
      {modal?.type === 'diagnosis' && <DiagnosisModal pathId={path.id} onClose={close} />}
      {modal?.type === 'obstacle' && <ObstacleModal pathId={path.id} obstacle={modal.obstacle} onClose={close} />}
      {modal?.type === 'step' && <StepModal pathId={path.id} step={modal.step} onClose={close} />}
      {modal?.type === 'followUp' && <FollowUpModal pathId={path.id} initialKind={modal.kind} onClose={close} />}
    </Stack>
  );
}
