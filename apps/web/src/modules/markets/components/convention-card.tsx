import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { LotQuery } from '../../../generated/graphql';
import { formatEuros, formatShortDay } from '../../../lib/format';
import { AmendConventionModal, SignConventionModal } from './convention-modals';

type Lot = NonNullable<LotQuery['lot']>;

/** The provider retained, the signed convention with its terms in force, and its amendments (history kept). */
export function ConventionCard({ lot, canManage }: { lot: Lot; canManage: boolean }) {
  const [signing, setSigning] = useState(false);
  const [amending, setAmending] = useState(false);
  const convention = lot.convention;
  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">
          Prestataire et convention
        </Title>
        {canManage && lot.awardedProvider && !convention && (
          <Button size="compact-sm" onClick={() => setSigning(true)}>
            Enregistrer la convention signée
          </Button>
        )}
        {canManage && convention && (
          <Button size="compact-sm" variant="default" onClick={() => setAmending(true)}>
            Ajouter un avenant
          </Button>
        )}
      </Group>
      {!lot.awardedProvider ? (
        <Text size="sm" c="dimmed">
          Lot non attribué.
        </Text>
      ) : (
        <Stack gap={4}>
          <Text fw={500} data-testid="awarded-provider">
            {lot.awardedProvider.name}
          </Text>
          {convention ? (
            <Text size="sm" data-testid="convention">
              Convention {convention.reference} signée le {formatShortDay(convention.signedOn)} ·{' '}
              {formatEuros(convention.amountTtc)} · du {formatShortDay(convention.startsOn)} au{' '}
              {formatShortDay(convention.endsOn)}
            </Text>
          ) : (
            <Badge color="gray" variant="light">
              Convention à signer
            </Badge>
          )}
        </Stack>
      )}
      {convention && convention.amendments.length > 0 && (
        <Table mt="sm" aria-label="Avenants">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>N°</Table.Th>
              <Table.Th>Signé le</Table.Th>
              <Table.Th>Motif et changements</Table.Th>
              <Table.Th>Fin</Table.Th>
              <Table.Th>Montant</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {convention.amendments.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.number}</Table.Td>
                <Table.Td>{formatShortDay(a.signedOn)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {a.reason}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {a.description}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {a.previousEndsOn === a.endsOn
                    ? formatShortDay(a.endsOn)
                    : `${formatShortDay(a.previousEndsOn)} → ${formatShortDay(a.endsOn)}`}
                </Table.Td>
                <Table.Td>
                  {a.previousAmountTtc === a.amountTtc
                    ? formatEuros(a.amountTtc)
                    : `${formatEuros(a.previousAmountTtc)} → ${formatEuros(a.amountTtc)}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {signing && <SignConventionModal lot={lot} onClose={() => setSigning(false)} />}
      {amending && convention && <AmendConventionModal convention={convention} onClose={() => setAmending(false)} />}
    </Card>
  );
}
