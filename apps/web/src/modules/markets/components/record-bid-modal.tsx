import { useMutation, useQuery } from '@apollo/client/react';
import { Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { PROVIDER_DIRECTORY_QUERY, RECORD_BID_MUTATION } from '../graphql/markets';
import { normalizeAmount } from '../market-rules';
import { FormActions } from '../../common/components/form-actions';

const today = () => new Date().toISOString().slice(0, 10);

/** Records a bid the operator received outside Passerelle (paper, mail), for a provider searched by name, city or SIRET. */
export function RecordBidModal({ lotId, onClose }: { lotId: string; onClose(): void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const {
    data,
    previousData,
    loading: searching,
  } = useQuery(PROVIDER_DIRECTORY_QUERY, { variables: { search: debounced || null, first: 20 } });
  const providers = (data ?? previousData)?.providerDirectory.edges.map((edge) => edge.node) ?? [];
  const [recordBid, { loading }] = useMutation(RECORD_BID_MUTATION, { refetchQueries: ['Lot'] });
  const form = useForm({
    initialValues: { providerStructureId: '', receivedOn: today(), priceTtc: '', summary: '' },
    validate: {
      providerStructureId: (v) => (v ? null : 'Choisissez le prestataire candidat.'),
      receivedOn: (v) => (v ? null : 'Indiquez la date de réception.'),
      priceTtc: (v) =>
        /^\d{1,10}([.,]\d{1,2})?$/.test(normalizeAmount(v)) ? null : 'Montant invalide (ex. 42000 ou 42000,50).',
    },
  });

  async function submit(values: typeof form.values) {
    try {
      await recordBid({
        variables: {
          input: {
            lotId,
            providerStructureId: values.providerStructureId,
            receivedOn: values.receivedOn,
            priceTtc: normalizeAmount(values.priceTtc),
            summary: values.summary.trim() || null,
          },
        },
      });
      notifySuccess('La candidature est enregistrée.');
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }

  return (
    <Modal opened onClose={onClose} title="Enregistrer une candidature reçue" size="lg">
      <form onSubmit={form.onSubmit((values) => void submit(values))}>
        <Stack>
          <Select
            label="Prestataire"
            required
            searchable
            data-autofocus
            data={providers.map((p) => ({ value: p.id, label: `${p.name} · ${p.city} · SIRET ${p.siret}` }))}
            searchValue={search}
            onSearchChange={setSearch}
            filter={({ options }) => options}
            nothingFoundMessage={searching ? 'Recherche…' : 'Aucun prestataire ne correspond'}
            placeholder="Nom, ville ou SIRET"
            {...form.getInputProps('providerStructureId')}
          />
          <DayInput label="Reçue le" required {...form.getInputProps('receivedOn')} />
          <TextInput label="Prix proposé (€ TTC)" required {...form.getInputProps('priceTtc')} />
          <Textarea
            label="Résumé de l’offre"
            description="Méthode, moyens, calendrier"
            autosize
            minRows={3}
            {...form.getInputProps('summary')}
          />
          <FormActions onCancel={onClose} loading={loading} />
        </Stack>
      </form>
    </Modal>
  );
}
