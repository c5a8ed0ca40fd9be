import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { MARKET_KIND_LABELS, Permission } from '@passerelle/domain';
import { Link } from 'react-router';
import { formatShortDay, labelOf } from '../../../lib/format';
import { OrientationsTable } from '../../activities';
import { CursorPagination } from '../../common/components/cursor-pagination';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { LotFormModal } from '../components/lot-form-modal';
import { MarketFormModal } from '../components/market-form-modal';
import { useMarkets } from '../hooks/use-markets';

/** The operator's markets and calls for applications, each with its lots and their providers. */
export function MarketsPage() {
  const { can, pages, loading, error, refetch, connection, markets, manages, editing, setEditing } = useMarkets();

  return (
    <Stack gap="md">
      <PageHeader
        title="Marchés et lots"
        description="Les marchés et appels à candidatures, leurs lots, les prestataires retenus et les conventions."
        actions={manages && <Button onClick={() => setEditing({ kind: 'market' })}>Nouveau marché</Button>}
      />
      {can(Permission.ACTIVITIES_READ) && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            Fiches de liaison en retard
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            Fiche « entrée / non entrée » ou « sortie » non envoyée dans les 15 jours, ou envoyée après l’échéance.
          </Text>
          <OrientationsTable filter={{ late: true }} show="both" noRecordsText="Aucune fiche en retard" />
        </Card>
      )}
      {error && !connection && <QueryError error={error} onRetry={() => void refetch()} />}
      {connection && markets.length === 0 && <Text c="dimmed">Aucun marché.</Text>}
      {markets.map((market) => (
        <Card key={market.id} withBorder>
          <Group justify="space-between" mb="xs">
            <Stack gap={0}>
              <Title order={2} size="h4">
                {market.title}
              </Title>
              <Text size="sm" c="dimmed">
                {market.reference} · {labelOf(MARKET_KIND_LABELS, market.kind)} · du {formatShortDay(market.startsOn)}{' '}
                au {formatShortDay(market.endsOn)} · justificatifs conservés jusqu’au{' '}
                {formatShortDay(market.proofsKeptUntil)}
                {market.bidsDueLabel && ` · candidatures avant le ${market.bidsDueLabel}`}
              </Text>
              <Text size="xs" c="dimmed">
                Grille : {market.criteria.map((c) => `${c.label} ${c.weight} %`).join(' · ')}
              </Text>
            </Stack>
            {manages && (
              <Group gap="xs">
                <Button size="compact-sm" variant="default" onClick={() => setEditing({ kind: 'market', market })}>
                  Modifier le marché
                </Button>
                <Button
                  size="compact-sm"
                  onClick={() =>
                    setEditing({
                      kind: 'lot',
                      marketId: market.id,
                      nextNumber: Math.max(0, ...market.lots.map((l) => l.number)) + 1,
                    })
                  }
                >
                  Ajouter un lot
                </Button>
              </Group>
            )}
          </Group>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Lot</Table.Th>
                <Table.Th>Intitulé</Table.Th>
                <Table.Th>Territoire</Table.Th>
                <Table.Th>Prestataire</Table.Th>
                <Table.Th>Convention</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {market.lots.map((lot) => (
                <Table.Tr key={lot.id}>
                  <Table.Td>{lot.number}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/lots/${lot.id}`} size="sm" fw={500}>
                      {lot.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{lot.territory}</Table.Td>
                  <Table.Td>
                    {lot.awardedProvider?.name ?? (
                      <Text size="sm" c="dimmed">
                        Non attribué
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {lot.conventionSignedOn ? (
                      <Badge color="teal" variant="light">
                        Signée le {formatShortDay(lot.conventionSignedOn)}
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="light">
                        À signer
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      ))}
      {editing?.kind === 'market' && <MarketFormModal market={editing.market} onClose={() => setEditing(null)} />}
      {editing?.kind === 'lot' && (
        <LotFormModal marketId={editing.marketId} nextNumber={editing.nextNumber} onClose={() => setEditing(null)} />
      )}
      <CursorPagination pages={pages} connection={connection} shown={markets.length} loading={loading} />
    </Stack>
  );
}
