import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { BID_STATUS_LABELS, Permission } from '@passerelle/domain';
import { useState } from 'react';
import type { OpenLotsQuery } from '../../../generated/graphql';
import { formatEuros, formatShortDay, labelOf } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useSession } from '../../auth';
import { ConfirmModal } from '../../common/components/confirm-modal';
import { QueryError } from '../../common/components/query-error';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import {
  MY_BIDS_QUERY,
  normalizeAmount,
  OPEN_LOTS_QUERY,
  SUBMIT_BID_MUTATION,
  WITHDRAW_BID_MUTATION,
} from '../../markets';
import { RecordsTable } from '../../common/components/records-table';
import { FormModal, formSaveProps } from '../../common/components/form-modal';

type OpenLot = OpenLotsQuery['openLots']['edges'][number]['node'];

function SubmitBidModal({ lot, onClose }: { lot: OpenLot; onClose(): void }) {
  const [submitBid, { loading }] = useMutation(SUBMIT_BID_MUTATION, { refetchQueries: ['MyBids'] });
  const form = useForm({
    initialValues: { priceTtc: '', summary: '' },
    validate: {
      priceTtc: (v) =>
        /^\d{1,10}([.,]\d{1,2})?$/.test(normalizeAmount(v)) ? null : 'Montant invalide (ex. 42000 ou 42000,50).',
    },
  });
  const modal = formSaveProps(form, 'Votre candidature est déposée.', onClose, (values) =>
    submitBid({
      variables: {
        input: { lotId: lot.id, priceTtc: normalizeAmount(values.priceTtc), summary: values.summary.trim() || null },
      },
    }),
  );
  return (
    <FormModal
      {...modal}
      title={`Candidater au lot ${lot.number} · ${lot.title}`}
      size="lg"
      loading={loading}
      submitLabel="Déposer la candidature"
    >
      <Text size="sm" c="dimmed">
        {lot.market.reference} · {lot.territory} · du {formatShortDay(lot.startsOn)} au {formatShortDay(lot.endsOn)} ·
        prix maximum {formatEuros(lot.maxAnnualPriceTtc)}
      </Text>
      <TextInput label="Prix proposé (€ TTC)" required data-autofocus {...form.getInputProps('priceTtc')} />
      <Textarea
        label="Résumé de l’offre"
        description="Méthode, moyens, calendrier"
        autosize
        minRows={3}
        {...form.getInputProps('summary')}
      />
    </FormModal>
  );
}

/** The provider's calls: lots open to applications, and its own bids, which it may withdraw until the award. */
export function ProviderBids() {
  const { can } = useSession();
  const canBid = can(Permission.BIDS_SUBMIT);
  const [bidding, setBidding] = useState<OpenLot | null>(null);
  const [withdrawing, setWithdrawing] = useState<{ id: string; version: number; title: string } | null>(null);
  const openPages = useCursorPages('open-lots');
  const minePages = useCursorPages('my-bids');
  const open = useQuery(OPEN_LOTS_QUERY, { variables: { first: PAGE_SIZE, after: openPages.after }, skip: !canBid });
  const mine = useQuery(MY_BIDS_QUERY, { variables: { first: PAGE_SIZE, after: minePages.after }, skip: !canBid });
  const [withdraw, withdrawal] = useMutation(WITHDRAW_BID_MUTATION, { refetchQueries: ['MyBids'] });
  const openConnection = (open.data ?? open.previousData)?.openLots;
  const myConnection = (mine.data ?? mine.previousData)?.myBids;
  const openLots = openConnection?.edges.map((e) => e.node) ?? [];
  const bids = myConnection?.edges.map((e) => e.node) ?? [];
  const activeLotIds = new Set(bids.filter((b) => b.status !== 'WITHDRAWN').map((b) => b.lot.id));

  async function confirmWithdraw() {
    if (!withdrawing) return;
    try {
      await withdraw({ variables: { input: { bidId: withdrawing.id, version: withdrawing.version } } });
      notifySuccess('Votre candidature est retirée.');
    } catch (error) {
      notifyError(error);
    }
    setWithdrawing(null);
  }

  if (!canBid) return <Text c="dimmed">Votre rôle ne permet pas de candidater.</Text>;
  return (
    <Stack gap="md">
      <Title order={2} size="h5">
        Lots ouverts aux candidatures
      </Title>
      {open.error && !openConnection && <QueryError error={open.error} onRetry={() => void open.refetch()} />}
      <RecordsTable
        fetching={open.loading}
        noRecordsText="Aucun lot ouvert"
        records={openLots}
        pagination={{ pages: openPages, connection: openConnection, loading: open.loading }}
        columns={[
          { accessor: 'market', title: 'Marché', render: (l) => l.market.reference },
          { accessor: 'title', title: 'Lot', render: (l) => `Lot ${l.number} · ${l.title}` },
          { accessor: 'territory', title: 'Territoire' },
          {
            accessor: 'period',
            title: 'Période',
            render: (l) => `du ${formatShortDay(l.startsOn)} au ${formatShortDay(l.endsOn)}`,
          },
          { accessor: 'maxAnnualPriceTtc', title: 'Prix maximum', render: (l) => formatEuros(l.maxAnnualPriceTtc) },
          {
            accessor: 'actions',
            title: '',
            render: (l) =>
              activeLotIds.has(l.id) ? (
                <Badge variant="light">Candidature déposée</Badge>
              ) : (
                <Button size="compact-sm" onClick={() => setBidding(l)} aria-label={`Candidater au lot ${l.title}`}>
                  Candidater
                </Button>
              ),
          },
        ]}
      />
      <Title order={2} size="h5">
        Mes candidatures
      </Title>
      {mine.error && !myConnection && <QueryError error={mine.error} onRetry={() => void mine.refetch()} />}
      <RecordsTable
        fetching={mine.loading}
        noRecordsText="Aucune candidature"
        records={bids}
        pagination={{ pages: minePages, connection: myConnection, loading: mine.loading }}
        columns={[
          {
            accessor: 'lot',
            title: 'Lot',
            render: (b) => `${b.lot.market.reference} · lot ${b.lot.number} · ${b.lot.title}`,
          },
          { accessor: 'receivedOn', title: 'Déposée le', render: (b) => formatShortDay(b.receivedOn) },
          { accessor: 'priceTtc', title: 'Prix', render: (b) => formatEuros(b.priceTtc) },
          { accessor: 'status', title: 'Statut', render: (b) => labelOf(BID_STATUS_LABELS, b.status) },
          {
            accessor: 'actions',
            title: '',
            render: (b) =>
              (b.status === 'SUBMITTED' || b.status === 'SCORED') && (
                <Button
                  size="compact-sm"
                  variant="default"
                  color="red"
                  onClick={() => setWithdrawing({ id: b.id, version: b.version, title: b.lot.title })}
                >
                  Retirer
                </Button>
              ),
          },
        ]}
      />
      {bidding && <SubmitBidModal lot={bidding} onClose={() => setBidding(null)} />}
      <ConfirmModal
        opened={withdrawing !== null}
        title="Retirer la candidature"
        confirmLabel="Retirer"
        loading={withdrawal.loading}
        onConfirm={() => void confirmWithdraw()}
        onClose={() => setWithdrawing(null)}
      >
        Retirer votre candidature au lot « {withdrawing?.title} » ? Vous pourrez la redéposer tant que le lot n’est pas
        attribué.
      </ConfirmModal>
    </Stack>
  );
}
