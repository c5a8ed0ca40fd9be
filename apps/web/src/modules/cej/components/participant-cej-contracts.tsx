import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Text } from '@mantine/core';
import { Permission } from '@passerelle/domain';
import { Link } from 'react-router';
import { formatShortDay } from '../../../lib/format';
import { useSession } from '../../auth';
import { CEJ_CONTRACTS_QUERY } from '../graphql/cej';
import { ContractStatusBadge } from './cej-badges';

/** On a participant's file: their CEJ contracts (the same file serves the PLIE and the CEJ). */
export function ParticipantCejContracts({ participantId, programme }: { participantId: string; programme: string }) {
  const { can } = useSession();
  const allowed = can(Permission.CEJ_READ);
  const { data } = useQuery(CEJ_CONTRACTS_QUERY, {
    variables: { first: 5, filter: { participantId } },
    skip: !allowed,
  });
  const contracts = data?.cejContracts.edges.map((e) => e.node) ?? [];
  if (!allowed || (contracts.length === 0 && programme !== 'CEJ')) return null;
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="wrap">
        <Group gap="md" wrap="wrap">
          <Text fw={600} size="sm">
            Contrat d’engagement jeune
          </Text>
          {contracts.length === 0 && (
            <Text size="sm" c="dimmed">
              Aucun contrat.
            </Text>
          )}
          {contracts.map((c) => (
            <Group key={c.id} gap={6}>
              <Anchor component={Link} to={`/cej/${c.id}`} size="sm">
                Du {formatShortDay(c.startOn)} au {formatShortDay(c.lastDayOn)}
              </Anchor>
              <ContractStatusBadge status={c.status} />
            </Group>
          ))}
        </Group>
        {contracts.length === 0 && can(Permission.CEJ_WRITE) && (
          <Button size="compact-sm" variant="light" component={Link} to={`/cej/nouveau?participant=${participantId}`}>
            Préparer un contrat
          </Button>
        )}
      </Group>
    </Card>
  );
}
