import { useMutation } from '@apollo/client/react';
import { Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { PREMISES_PROVIDER_LABELS } from '@passerelle/domain';
import type { PremisesProvider } from '../../../generated/graphql';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { optionsOf } from '../../../lib/format';
import { DayInput } from '../../common/components/day-input';
import { CREATE_LOT_MUTATION, UPDATE_LOT_MUTATION } from '../graphql/markets';
import { normalizeAmount } from '../market-rules';
import { FormActions } from '../../common/components/form-actions';

const COUNTS = [
  ['sessionsCount', 'Sessions (cycles)'],
  ['workshopsPerSession', 'Ateliers par session'],
  ['workshopMinutes', 'Durée d’un atelier (min)'],
  ['groupMin', 'Groupe : minimum'],
  ['groupMax', 'Groupe : maximum'],
  ['interviewsPerParticipant', 'Entretiens par participant'],
  ['interviewMaxMinutes', 'Durée maximale d’un entretien (min)'],
  ['exchangeSessions', 'Séances d’échange de pratiques'],
  ['exchangeSessionMinutes', 'Durée d’une séance d’échange (min)'],
  ['eventHalfDays', 'Demi-journées d’événements'],
  ['assessmentsCount', 'Bilans'],
] as const;
const HOURS = [
  ['faceToFaceHours', 'Heures de face à face'],
  ['preparationHours', 'Heures de préparation'],
  ['coordinationHours', 'Heures de coordination'],
] as const;

type CountField = (typeof COUNTS)[number][0];
type HourField = (typeof HOURS)[number][0];
type Quantities = Partial<Record<CountField, number | null>> & Partial<Record<HourField, string | null>>;

export interface EditedLot {
  id: string;
  version: number;
  number: number;
  title: string;
  territory: string;
  site: string;
  premisesProvidedBy: string;
  startsOn: string;
  endsOn: string;
  minParticipants?: number | null;
  staffingFte?: string | null;
  maxAnnualPriceTtc?: string | null;
  fseCoFunded: boolean;
  permanentEntry: boolean;
  timeTiedToParticipants: boolean;
  quantities: Quantities;
}

const blank = (v: number | string | null | undefined) => (v == null ? '' : v);
const intOrNull = (v: number | string) => (v === '' ? null : Number(v));
const textOrNull = (v: string) => (v.trim() === '' ? null : normalizeAmount(v));

/** Creates a lot in a market, or edits one (optimistic lock): period, site, price, FSE+ and all its quantities. */
export function LotFormModal({
  marketId,
  lot,
  nextNumber = 1,
  onClose,
}: {
  marketId: string;
  lot?: EditedLot;
  nextNumber?: number;
  onClose(): void;
}) {
  const [create, creating] = useMutation(CREATE_LOT_MUTATION, { refetchQueries: ['Markets'] });
  const [update, updating] = useMutation(UPDATE_LOT_MUTATION, { refetchQueries: ['Lot', 'Markets'] });
  const q = lot?.quantities ?? {};
  const form = useForm({
    initialValues: {
      number: (lot?.number ?? nextNumber) as number | string,
      title: lot?.title ?? '',
      territory: lot?.territory ?? '',
      site: lot?.site ?? '',
      premisesProvidedBy: lot?.premisesProvidedBy ?? 'PROVIDER',
      startsOn: lot?.startsOn ?? '',
      endsOn: lot?.endsOn ?? '',
      minParticipants: blank(lot?.minParticipants),
      staffingFte: lot?.staffingFte ?? '',
      maxAnnualPriceTtc: lot?.maxAnnualPriceTtc ?? '',
      fseCoFunded: lot?.fseCoFunded ?? false,
      permanentEntry: lot?.permanentEntry ?? false,
      timeTiedToParticipants: lot?.timeTiedToParticipants ?? false,
      ...(Object.fromEntries(COUNTS.map(([f]) => [f, blank(q[f])])) as Record<CountField, number | string>),
      ...(Object.fromEntries(HOURS.map(([f]) => [f, q[f] ?? ''])) as Record<HourField, string>),
    },
    validate: {
      title: (v) => (v.trim() ? null : 'L’intitulé est obligatoire.'),
      territory: (v) => (v.trim() ? null : 'Le territoire est obligatoire.'),
      site: (v) => (v.trim() ? null : 'Le lieu est obligatoire.'),
      startsOn: (v) => (v ? null : 'Le début est obligatoire.'),
      endsOn: (v, values) =>
        !v ? 'La fin est obligatoire.' : v < values.startsOn ? 'La fin ne peut précéder le début.' : null,
      groupMax: (v, values) =>
        v !== '' && values.groupMin !== '' && Number(values.groupMin) > Number(v)
          ? 'Le maximum ne peut être inférieur au minimum.'
          : null,
    },
  });

  async function submit(values: typeof form.values) {
    const quantities = {
      ...Object.fromEntries(COUNTS.map(([f]) => [f, intOrNull(values[f])])),
      ...Object.fromEntries(HOURS.map(([f]) => [f, textOrNull(values[f])])),
    };
    const fields = {
      number: Number(values.number),
      title: values.title.trim(),
      territory: values.territory.trim(),
      site: values.site.trim(),
      premisesProvidedBy: values.premisesProvidedBy as PremisesProvider,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      minParticipants: intOrNull(values.minParticipants),
      staffingFte: textOrNull(values.staffingFte),
      maxAnnualPriceTtc: textOrNull(values.maxAnnualPriceTtc),
      fseCoFunded: values.fseCoFunded,
      permanentEntry: values.permanentEntry,
      timeTiedToParticipants: values.timeTiedToParticipants,
      quantities,
    };
    try {
      if (lot) {
        await update({ variables: { input: { id: lot.id, version: lot.version, ...fields } } });
        notifySuccess('Le lot est modifié.');
      } else {
        await create({ variables: { input: { marketId, ...fields } } });
        notifySuccess('Le lot est créé.');
      }
      onClose();
    } catch (error) {
      showFormError(form, error, Object.fromEntries([...COUNTS, ...HOURS].map(([f]) => [`quantities.${f}`, f])));
    }
  }

  return (
    <Modal opened onClose={onClose} title={lot ? `Modifier le lot ${lot.number}` : 'Nouveau lot'} size="xl">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <NumberInput label="Numéro" required min={1} w={100} {...form.getInputProps('number')} />
            <TextInput label="Intitulé" required data-autofocus {...form.getInputProps('title')} />
          </Group>
          <Group grow align="flex-start">
            <TextInput label="Territoire" required {...form.getInputProps('territory')} />
            <TextInput label="Lieu" required {...form.getInputProps('site')} />
            <Select
              label="Locaux"
              allowDeselect={false}
              data={optionsOf(PREMISES_PROVIDER_LABELS)}
              {...form.getInputProps('premisesProvidedBy')}
            />
          </Group>
          <Group grow align="flex-start">
            <DayInput label="Début" required {...form.getInputProps('startsOn')} />
            <DayInput label="Fin" required {...form.getInputProps('endsOn')} />
          </Group>
          <Group grow align="flex-start">
            <NumberInput label="Participants au moins" min={0} {...form.getInputProps('minParticipants')} />
            <TextInput label="Moyens humains (ETP)" placeholder="0,70" {...form.getInputProps('staffingFte')} />
            <TextInput
              label="Prix annuel maximum (€ TTC)"
              placeholder="42000"
              {...form.getInputProps('maxAnnualPriceTtc')}
            />
          </Group>
          <Group>
            <Checkbox label="Cofinancement FSE+" {...form.getInputProps('fseCoFunded', { type: 'checkbox' })} />
            <Checkbox
              label="Entrées et sorties permanentes"
              {...form.getInputProps('permanentEntry', { type: 'checkbox' })}
            />
            <Checkbox
              label="Seul le temps lié aux participants du lot compte"
              {...form.getInputProps('timeTiedToParticipants', { type: 'checkbox' })}
            />
          </Group>
          <Title order={3} size="h5">
            Quantités attendues
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {COUNTS.map(([field, label]) => (
              <NumberInput key={field} label={label} min={0} {...form.getInputProps(field)} />
            ))}
            {HOURS.map(([field, label]) => (
              <TextInput key={field} label={label} placeholder="270" {...form.getInputProps(field)} />
            ))}
          </SimpleGrid>
          <FormActions
            onCancel={onClose}
            loading={creating.loading || updating.loading}
            submitLabel={lot ? 'Enregistrer' : 'Créer le lot'}
          />
        </Stack>
      </form>
    </Modal>
  );
}
