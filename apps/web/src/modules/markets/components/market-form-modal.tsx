import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { MARKET_KIND_LABELS, parisDayAndTime } from '@passerelle/domain';
import type { MarketKind } from '../../../generated/graphql';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { optionsOf } from '../../../lib/format';
import { DayInput } from '../../common/components/day-input';
import { CREATE_MARKET_MUTATION, UPDATE_MARKET_MUTATION } from '../graphql/markets';
import { DEFAULT_CRITERIA, sameGrid, totalWeight } from '../market-rules';

export interface EditedMarket {
  id: string;
  version: number;
  kind: string;
  reference: string;
  title: string;
  startsOn: string;
  endsOn: string;
  proofsKeptUntil: string;
  bidsDueAt?: string | null;
  criteria: readonly { label: string; weight: number }[];
}

/** Creates a market, or edits one (with the version read), with its weighted scoring grid (total 100 %). */
export function MarketFormModal({
  market,
  gridLocked = false,
  onClose,
}: {
  market?: EditedMarket;
  gridLocked?: boolean;
  onClose(): void;
}) {
  const [create, creating] = useMutation(CREATE_MARKET_MUTATION, { refetchQueries: ['Markets'] });
  const [update, updating] = useMutation(UPDATE_MARKET_MUTATION, { refetchQueries: ['Markets'] });
  const due = market?.bidsDueAt ? parisDayAndTime(new Date(market.bidsDueAt)) : null;
  const form = useForm({
    initialValues: {
      bidsDueOn: due?.day ?? '',
      bidsDueTime: due?.time ?? '',
      kind: market?.kind ?? 'PUBLIC_CONTRACT',
      reference: market?.reference ?? '',
      title: market?.title ?? '',
      startsOn: market?.startsOn ?? '',
      endsOn: market?.endsOn ?? '',
      proofsKeptUntil: market?.proofsKeptUntil ?? '2033-12-31',
      criteria: (market?.criteria ?? DEFAULT_CRITERIA).map((c) => ({
        label: c.label,
        weight: c.weight as number | string,
      })),
    },
    validate: {
      reference: (v) => (v.trim() ? null : 'La référence est obligatoire.'),
      title: (v) => (v.trim() ? null : 'L’intitulé est obligatoire.'),
      startsOn: (v) => (v ? null : 'Le début est obligatoire.'),
      endsOn: (v, values) =>
        !v ? 'La fin est obligatoire.' : v < values.startsOn ? 'La fin ne peut précéder le début.' : null,
      proofsKeptUntil: (v) => (v ? null : 'La date de conservation est obligatoire.'),
      bidsDueOn: (v, values) => (!v && values.bidsDueTime ? 'Indiquez le jour limite avec l’heure.' : null),
      bidsDueTime: (v, values) => (!v && values.bidsDueOn ? 'Indiquez l’heure limite avec le jour.' : null),
      criteria: {
        label: (v) => (v.trim() ? null : 'Le libellé est obligatoire.'),
      },
    },
  });
  const total = totalWeight(form.values.criteria);

  async function submit(values: typeof form.values) {
    if (totalWeight(values.criteria) !== 100) return;
    const criteria = values.criteria.map((c) => ({ label: c.label.trim(), weight: Number(c.weight) }));
    const fields = {
      kind: values.kind as MarketKind,
      reference: values.reference.trim(),
      title: values.title.trim(),
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      proofsKeptUntil: values.proofsKeptUntil,
      ...(values.bidsDueOn ? { bidsDueOn: values.bidsDueOn, bidsDueTime: values.bidsDueTime } : {}),
    };
    try {
      if (market) {
        // The grid is sent only when it changed: a market whose bids are scored keeps its grid but can still be edited.
        const gridChanged = !sameGrid(criteria, market.criteria);
        await update({
          variables: {
            input: {
              id: market.id,
              version: market.version,
              ...fields,
              ...(!values.bidsDueOn && market.bidsDueAt ? { clearBidsDue: true } : {}),
              ...(gridChanged && !gridLocked ? { criteria } : {}),
            },
          },
        });
        notifySuccess('Le marché est modifié.');
      } else {
        await create({ variables: { input: { ...fields, criteria } } });
        notifySuccess('Le marché est publié.');
      }
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={market ? 'Modifier le marché' : 'Nouveau marché'} size="xl">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Group grow align="flex-start">
            <Select
              label="Nature"
              allowDeselect={false}
              data={optionsOf(MARKET_KIND_LABELS)}
              {...form.getInputProps('kind')}
            />
            <TextInput label="Référence" required data-autofocus {...form.getInputProps('reference')} />
          </Group>
          <TextInput label="Intitulé" required {...form.getInputProps('title')} />
          <Group grow align="flex-start">
            <DayInput label="Début" required {...form.getInputProps('startsOn')} />
            <DayInput label="Fin" required {...form.getInputProps('endsOn')} />
            <DayInput
              label="Justificatifs conservés jusqu’au"
              required
              description="Clôture du programme"
              {...form.getInputProps('proofsKeptUntil')}
            />
          </Group>
          <Group grow align="flex-start">
            <DayInput
              label="Date limite de dépôt des candidatures"
              description="Heure de Paris ; aucun dépôt ni changement ensuite"
              {...form.getInputProps('bidsDueOn')}
            />
            <TextInput label="Heure limite" type="time" {...form.getInputProps('bidsDueTime')} />
          </Group>
          <Title order={3} size="h5">
            Grille de notation
          </Title>
          {gridLocked && (
            <Text size="sm" c="dimmed">
              Des candidatures sont déjà notées : la grille ne peut plus changer.
            </Text>
          )}
          {form.values.criteria.map((_, index) => (
            <Group key={index} align="flex-start" wrap="nowrap">
              <TextInput
                label={index === 0 ? 'Critère' : undefined}
                aria-label={`Critère ${index + 1}`}
                style={{ flex: 1 }}
                disabled={gridLocked}
                {...form.getInputProps(`criteria.${index}.label`)}
              />
              <NumberInput
                label={index === 0 ? 'Pondération (%)' : undefined}
                aria-label={`Pondération du critère ${index + 1}`}
                w={140}
                min={1}
                max={100}
                disabled={gridLocked}
                {...form.getInputProps(`criteria.${index}.weight`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={index === 0 ? 28 : 4}
                aria-label={`Retirer le critère ${index + 1}`}
                disabled={gridLocked || form.values.criteria.length === 1}
                onClick={() => form.removeListItem('criteria', index)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group justify="space-between">
            <Button
              variant="subtle"
              disabled={gridLocked}
              onClick={() => form.insertListItem('criteria', { label: '', weight: '' })}
            >
              Ajouter un critère
            </Button>
            <Text size="sm" c={total === 100 ? 'teal' : 'red'} data-testid="grid-total">
              Total : {total} % {total === 100 ? '' : '(la grille doit totaliser 100 %)'}
            </Text>
          </Group>
          {form.errors.criteria && (
            <Text size="sm" c="red">
              {form.errors.criteria}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuler
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading} disabled={total !== 100}>
              {market ? 'Enregistrer' : 'Publier le marché'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
