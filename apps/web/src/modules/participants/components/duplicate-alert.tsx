import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { formatDate, formatShortDay, plural } from '../../../lib/format';
import { PathStatusBadge } from '../../plie';
import { DUPLICATE_PARTICIPANT_QUERY } from '../graphql/participants';
import { participantName } from '../participant-rules';

/**
 * The API found a file of the same person (same names and birth date): open it rather than create a second one,
 * unless the référent has checked that it is a namesake.
 */
export function DuplicateAlert({
  ids,
  creating,
  onConfirmNamesake,
  onOpenExisting,
}: {
  ids: string[];
  creating: boolean;
  onConfirmNamesake(): void;
  /** Opening the existing file is the way out the warning offers: the half-filled form is meant to be left. */
  onOpenExisting(): void;
}) {
  const { data, loading } = useQuery(DUPLICATE_PARTICIPANT_QUERY, {
    variables: { id: ids[0] },
    fetchPolicy: 'network-only',
  });
  const existing = data?.participant;
  const ref = useRef<HTMLDivElement>(null);
  // Keyboard and screen-reader users land on the warning, at the top of the page.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.focus({ preventScroll: true });
  }, [ids]);
  return (
    <Alert
      ref={ref}
      color="orange"
      title="Cette personne a déjà une fiche"
      role="alert"
      tabIndex={-1}
      style={{ scrollMarginTop: 80 }}
    >
      <Stack gap="sm">
        <Text size="sm">
          Une personne de mêmes nom, prénom et date de naissance est déjà suivie par la structure
          {ids.length > 1 ? ` (${plural(ids.length, 'fiche')})` : ''}. Ouvrez sa fiche plutôt que d’en créer une
          seconde.
        </Text>
        {loading && <Text size="sm">Chargement de la fiche existante…</Text>}
        {existing && (
          <List size="sm" spacing={2}>
            <List.Item>
              <Text span fw={600}>
                {participantName(existing)}
              </Text>
              , né·e le {formatShortDay(existing.birthDate)}
            </List.Item>
            <List.Item>Fiche créée le {formatDate(existing.createdAt)}</List.Item>
            <List.Item>
              Antenne : {existing.branch?.name ?? 'aucune'} · Référent·e : {existing.referent?.fullName ?? 'aucun·e'}
            </List.Item>
            {existing.currentPliePath && (
              <List.Item>
                Parcours PLIE en cours : <PathStatusBadge status={existing.currentPliePath.status} size="sm" />
              </List.Item>
            )}
          </List>
        )}
        <Group gap="sm">
          <Button component={Link} to={`/participants/${ids[0]}`} color="orange" onClick={onOpenExisting}>
            Ouvrir la fiche existante
          </Button>
          <Button variant="default" onClick={onConfirmNamesake} loading={creating}>
            C’est un homonyme : créer quand même
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
