import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { PathTimeline, type TimelinePath } from '../../plie';
import { PARTICIPANT_TIMELINE_DOCUMENTS_QUERY } from '../graphql/participants';

/** The parcours timeline with the documents of the file (the 100 most recent; the Documents tab pages through all). */
export function ParcoursTimeline({
  participantId,
  path,
  onShowDocuments,
}: {
  participantId: string;
  path: TimelinePath;
  onShowDocuments(): void;
}) {
  const { data } = useQuery(PARTICIPANT_TIMELINE_DOCUMENTS_QUERY, {
    variables: { participantId },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.participantDocuments;
  const documents = connection?.edges.map((edge) => edge.node) ?? [];
  return (
    <Stack gap="sm">
      <PathTimeline path={path} documents={documents} />
      {connection && connection.totalCount > documents.length && (
        <Text size="sm" c="dimmed">
          Seuls les {documents.length} documents les plus récents figurent dans l’historique.{' '}
          <Anchor component="button" type="button" size="sm" onClick={onShowDocuments}>
            Voir tous les documents
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
