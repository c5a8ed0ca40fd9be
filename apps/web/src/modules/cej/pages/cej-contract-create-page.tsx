import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { HOUSEHOLD_TAX_BRACKET_LABELS } from '@passerelle/domain';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { HouseholdTaxBracket } from '../../../generated/graphql';
import { ageOn, formatShortDay, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { useMe } from '../../auth';
import { DayInput } from '../../common/components/day-input';
import { PageHeader } from '../../common/components/page-header';
import { participantName, ReferentSelect } from '../../participants';
import { options } from '../cej-rules';
import { CEJ_PARTICIPANT_CANDIDATES_QUERY, CREATE_CEJ_CONTRACT_MUTATION } from '../graphql/cej';
import { FormActions } from '../../common/components/form-actions';

/** Prepares a contract (draft) for a young person; it is signed on the contract page, where eligibility is checked. */
export function CejContractCreatePage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const today = todayInParis();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [known, setKnown] = useState<Record<string, string>>({});
  const form = useForm({
    initialValues: {
      participantId: params.get('participant') ?? '',
      counsellorUserId: me.id,
      householdTaxBracket: 'NON_TAXABLE',
      initialMonths: 6 as number | string,
      startOn: today,
    },
    validate: {
      participantId: (value) => (value ? null : 'Choisissez le ou la jeune.'),
      counsellorUserId: (value) => (value ? null : 'Choisissez le conseiller ou la conseillère.'),
      initialMonths: (value) =>
        Number(value) >= 4 && Number(value) <= 12 ? null : 'La durée initiale va de 4 à 12 mois.',
      startOn: (value) => (value ? null : 'Le premier jour du contrat est obligatoire.'),
    },
  });
  const searching = debounced && debounced !== known[form.values.participantId] ? debounced : null;
  const {
    data,
    previousData,
    loading: searchingParticipants,
  } = useQuery(CEJ_PARTICIPANT_CANDIDATES_QUERY, {
    variables: { first: 20, filter: { search: searching } },
  });
  const participants = (data ?? previousData)?.participants.edges.map((e) => e.node) ?? [];
  const participantOptions = participants.map((p) => {
    const age = ageOn(p.birthDate, today);
    return {
      value: p.id,
      label: `${participantName(p)} — ${formatShortDay(p.birthDate)}${age !== null ? ` (${age} ans)` : ''}`,
    };
  });
  const chosen = form.values.participantId;
  if (chosen && known[chosen] && !participantOptions.some((o) => o.value === chosen))
    participantOptions.unshift({ value: chosen, label: known[chosen] });

  const [create, { loading }] = useMutation(CREATE_CEJ_CONTRACT_MUTATION, { refetchQueries: ['CejContracts'] });

  async function submit(values: typeof form.values) {
    try {
      const result = await create({
        variables: {
          input: {
            participantId: values.participantId,
            counsellorUserId: values.counsellorUserId,
            householdTaxBracket: values.householdTaxBracket as HouseholdTaxBracket,
            initialMonths: Number(values.initialMonths),
            startOn: values.startOn,
          },
        },
      });
      notifySuccess('Le contrat est préparé : signez-le pour vérifier l’éligibilité.', 'Contrat créé');
      await navigate(`/cej/${result.data?.createCejContract.id}`);
    } catch (error) {
      showFormError(form, error);
    }
  }

  return (
    <Stack gap="md" maw={720}>
      <PageHeader
        title="Nouveau contrat d’engagement jeune"
        description="Le contrat est d’abord préparé (brouillon), puis signé : l’éligibilité est vérifiée à la signature."
      />
      <Card withBorder>
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack>
            <Select
              label="Jeune"
              required
              searchable
              data={participantOptions}
              value={form.values.participantId || null}
              onChange={(value, option) => {
                if (value && option) setKnown((names) => ({ ...names, [value]: option.label }));
                form.setFieldValue('participantId', value ?? '');
              }}
              searchValue={search}
              onSearchChange={setSearch}
              filter={({ options: all }) => all}
              placeholder="Rechercher par nom ou prénom"
              nothingFoundMessage={searchingParticipants ? 'Recherche…' : 'Aucune personne ne correspond'}
              error={form.errors.participantId}
              data-autofocus
            />
            <ReferentSelect
              label="Conseiller·ère"
              required
              current={{ id: me.id, fullName: me.fullName }}
              value={form.values.counsellorUserId}
              onChange={(value) => form.setFieldValue('counsellorUserId', value)}
              error={form.errors.counsellorUserId}
            />
            <Select
              label="Situation fiscale du foyer"
              required
              data={options(HOUSEHOLD_TAX_BRACKET_LABELS)}
              allowDeselect={false}
              {...form.getInputProps('householdTaxBracket')}
            />
            <Group grow align="flex-start">
              <DayInput label="Premier jour du contrat" required {...form.getInputProps('startOn')} />
              <NumberInput
                label="Durée initiale (mois)"
                required
                min={4}
                max={12}
                {...form.getInputProps('initialMonths')}
              />
            </Group>
            <Text size="xs" c="dimmed">
              6 mois par défaut (4 à 12) ; renouvelable après avis de la commission de suivi, 12 mois au total (18
              exceptionnellement).
            </Text>
            <FormActions onCancel={() => void navigate('/cej')} loading={loading} submitLabel="Préparer le contrat" />
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
