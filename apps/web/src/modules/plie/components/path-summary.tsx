import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FSE_EXIT_RESULT_LABELS, PathStatus } from '@passerelle/domain';
import { Link } from 'react-router';
import { Detail } from '../../common/components/detail';
import type { PliePathFieldsFragment } from '../../../generated/graphql';
import { formatDay, formatShortDay } from '../../../lib/format';
import { exitReasonLabel, type PathAction } from '../path-rules';
import { PathStatusBadge } from './path-status-badge';

type Path = PliePathFieldsFragment;

const ACTION_LABELS: Partial<Record<PathAction, string>> = {
  recordConsent: 'Enregistrer le consentement',
  proposeExit: 'Proposer la sortie',
  present: 'Présenter au comité',
  addStep: 'Ajouter une étape',
  jobLost: 'Fin de l’emploi pendant le suivi',
  exit: 'Enregistrer la sortie',
  withdraw: 'Retirer le dossier',
  recordFseExit: 'Compléter la fiche de sortie FSE+',
  reopen: 'Rouvrir le parcours',
};

/** The summary of a PLIE path and the actions the caller may take on it (operator's référent, or provider's). */
export function PathSummary({
  path,
  actions,
  onAction,
}: {
  path: Path;
  actions: PathAction[];
  onAction(action: PathAction): void;
}) {
  const pendingFile = path.committeeFiles.find((file) => !file.decision);
  const primary = actions.filter((action) => ACTION_LABELS[action]);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="path-title">
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="md">
        <Group gap="sm">
          <Title order={2} size="h4" id="path-title">
            Parcours PLIE
          </Title>
          <PathStatusBadge status={path.status} size="lg" data-testid="path-status" />
          {path.withoutContact && (
            <Badge color="orange" variant="filled">
              Sans contact
            </Badge>
          )}
          {path.exit && (
            <Badge color={path.exit.positive ? 'teal' : 'gray'} variant="filled" data-testid="exit-outcome">
              {path.exit.positive ? 'Sortie positive' : 'Sortie non positive'}
            </Badge>
          )}
        </Group>
        <Group gap="xs" wrap="wrap">
          {primary.map((action) => (
            <Button
              key={action}
              size="sm"
              variant={
                action === 'withdraw'
                  ? 'subtle'
                  : action === 'exit' || action === 'present' || action === 'addStep'
                    ? 'filled'
                    : 'light'
              }
              color={action === 'withdraw' ? 'red' : undefined}
              onClick={() => onAction(action)}
            >
              {ACTION_LABELS[action]}
            </Button>
          ))}
          {actions.includes('decide') && pendingFile && (
            <Button component={Link} to={`/comites/${pendingFile.committeeId}`} variant="light" size="sm">
              Ouvrir le comité du {formatShortDay(pendingFile.committee.date)}
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Detail compact label="Orientation">
          {formatDay(path.orientedOn)} par {path.prescriber}
        </Detail>
        <Detail compact label="Comité">
          {pendingFile
            ? `Inscrit au comité du ${formatShortDay(pendingFile.committee.date)}`
            : path.admittedOn
              ? `Admis·e le ${formatDay(path.admittedOn)}`
              : path.committeeFiles.length > 0
                ? 'Décision rendue'
                : 'Pas encore présenté'}
        </Detail>
        <Detail compact label="Dernier contact">
          {formatDay(path.lastContactOn, 'Aucun contact enregistré')}
        </Detail>
        <Detail
          compact
          label={path.status === PathStatus.IN_JOB_FOLLOW_UP ? 'Fin du suivi dans l’emploi' : 'Statut depuis le'}
        >
          {path.status === PathStatus.IN_JOB_FOLLOW_UP
            ? formatDay(path.followUpEndsOn)
            : formatDay(path.statusChangedOn)}
        </Detail>
      </SimpleGrid>
      {path.exit && (
        <Alert
          mt="md"
          color={path.exit.positive ? 'teal' : 'gray'}
          variant="light"
          title={`Sortie le ${formatDay(path.exit.date)} : ${exitReasonLabel(path.exit.reason)}`}
        >
          <Stack gap={4}>
            <Text size="sm">
              {path.exit.positive
                ? 'Sortie positive (emploi durable ou formation qualifiante prouvés).'
                : 'Sortie non comptée comme positive.'}
            </Text>
            {path.exit.comment && <Text size="sm">{path.exit.comment}</Text>}
            <Text size="sm">
              FSE+ à la sortie :{' '}
              {path.exit.fseResults.length > 0
                ? `${path.exit.fseResults.map((r) => FSE_EXIT_RESULT_LABELS[r].toLocaleLowerCase('fr-FR')).join(', ')}${path.exit.fseRecordedOn ? ` (recueilli le ${formatShortDay(path.exit.fseRecordedOn)})` : ''}`
                : 'fiche de sortie à établir'}
            </Text>
          </Stack>
        </Alert>
      )}
    </Card>
  );
}
