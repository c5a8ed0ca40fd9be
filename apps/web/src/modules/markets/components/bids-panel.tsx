import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { BID_STATUS_LABELS } from '@passerelle/domain';
import { useState } from 'react';
import type { LotQuery } from '../../../generated/graphql';
import { formatEuros, formatShortDay, labelOf } from '../../../lib/format';
import { groupLabel } from '../market-rules';
import { AwardModal } from './award-modal';
import { RecordBidModal } from './record-bid-modal';
import { ScoreBidModal } from './score-bid-modal';

type Lot = NonNullable<LotQuery['lot']>;
type Bid = Lot['bids'][number];

const STATUS_COLORS: Record<string, string> = {
  SUBMITTED: 'blue',
  SCORED: 'indigo',
  AWARDED: 'teal',
  REJECTED: 'gray',
  WITHDRAWN: 'orange',
};

/** The providers' bids for a lot, best scored first, marked on the market's grid; the operator scores and awards. */
export function BidsPanel({ lot, canManage }: { lot: Lot; canManage: boolean }) {
  const [scoring, setScoring] = useState<Bid | null>(null);
  const [awarding, setAwarding] = useState<Bid | null>(null);
  const [recording, setRecording] = useState(false);
  const criteria = lot.market.criteria;
  const open = !lot.awardedProvider;

  return (
    <Card withBorder>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">
          Candidatures
        </Title>
        {canManage && open && (
          <Button size="compact-sm" variant="light" onClick={() => setRecording(true)}>
            Enregistrer une candidature reçue
          </Button>
        )}
      </Group>
      {lot.bids.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucune candidature reçue pour ce lot.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={700}>
          <Table striped aria-label="Candidatures">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Rang</Table.Th>
                <Table.Th>Prestataire</Table.Th>
                <Table.Th>Reçue le</Table.Th>
                <Table.Th>Prix TTC</Table.Th>
                {criteria.map((c) => (
                  <Table.Th key={c.id} title={c.label}>
                    {c.label.split(' ')[0]} ({c.weight} %)
                  </Table.Th>
                ))}
                <Table.Th>Note / 100</Table.Th>
                <Table.Th>Statut</Table.Th>
                {canManage && open && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lot.bids.map((bid) => {
                const marks = new Map(bid.marks.map((m) => [m.criterionId, m.mark]));
                const active = bid.status === 'SUBMITTED' || bid.status === 'SCORED';
                return (
                  <Table.Tr key={bid.id} data-testid="bid-row">
                    <Table.Td>{bid.rank ?? '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {bid.provider.name}
                      </Text>
                      {groupLabel(bid.members) && <Text size="xs">{groupLabel(bid.members)}</Text>}
                      {bid.summary && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {bid.summary}
                        </Text>
                      )}
                      {bid.awardJustification && <Text size="xs">Justification : {bid.awardJustification}</Text>}
                    </Table.Td>
                    <Table.Td>{formatShortDay(bid.receivedOn)}</Table.Td>
                    <Table.Td>{formatEuros(bid.priceTtc)}</Table.Td>
                    {criteria.map((c) => (
                      <Table.Td key={c.id}>{marks.get(c.id)?.replace('.', ',') ?? '—'}</Table.Td>
                    ))}
                    <Table.Td>{bid.score ? bid.score.replace('.', ',') : '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLORS[bid.status] ?? 'gray'} variant="light">
                        {labelOf(BID_STATUS_LABELS, bid.status)}
                      </Badge>
                    </Table.Td>
                    {canManage && open && (
                      <Table.Td>
                        {active && (
                          <Group gap={4} wrap="nowrap">
                            <Button size="compact-sm" variant="default" onClick={() => setScoring(bid)}>
                              Noter
                            </Button>
                            <Button
                              size="compact-sm"
                              disabled={bid.status !== 'SCORED'}
                              onClick={() => setAwarding(bid)}
                            >
                              Attribuer
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {scoring && <ScoreBidModal bid={scoring} criteria={criteria} onClose={() => setScoring(null)} />}
      {awarding && <AwardModal bid={awarding} onClose={() => setAwarding(null)} />}
      {recording && <RecordBidModal lotId={lot.id} onClose={() => setRecording(false)} />}
    </Card>
  );
}
