import { useMutation, useQuery } from '@apollo/client/react';
import { useForm } from '@mantine/form';
import { useLeaveGuard } from '../../common/hooks/use-leave-guard';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { HouseholdTaxBracket } from '../../../generated/graphql';
import { ageOn, formatShortDay, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { useMe } from '../../auth';
import { participantName } from '../../participants';
import {
  CEJ_PARTICIPANT_CANDIDATES_QUERY,
  CEJ_PARTICIPANT_CHOSEN_QUERY,
  CREATE_CEJ_CONTRACT_MUTATION,
} from '../graphql/cej';

/**
 * The new contract form (a draft) and its search of the young person: the options found, plus the person already
 * chosen (remembered by name) when the current search no longer lists them.
 */
export function useCejContractCreation() {
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
  const leaveGuard = useLeaveGuard(() => form.isDirty());
  // Opened from the young person's file (?participant=…): that person is chosen already.
  const prefilledId = params.get('participant');
  const { data: prefilled } = useQuery(CEJ_PARTICIPANT_CHOSEN_QUERY, {
    variables: { id: prefilledId ?? '' },
    skip: !prefilledId,
  });
  const optionOf = (p: { id: string; firstName: string; lastName: string; birthDate: string }) => {
    const age = ageOn(p.birthDate, today);
    return {
      value: p.id,
      label: `${participantName(p)} — ${formatShortDay(p.birthDate)}${age !== null ? ` (${age} ans)` : ''}`,
    };
  };
  const chosen = form.values.participantId;
  const chosenLabel =
    known[chosen] ?? (prefilled && prefilled.participant.id === chosen ? optionOf(prefilled.participant).label : null);
  const searching = debounced && debounced !== chosenLabel ? debounced : null;
  const {
    data,
    previousData,
    loading: searchingParticipants,
  } = useQuery(CEJ_PARTICIPANT_CANDIDATES_QUERY, {
    variables: { first: 20, filter: { search: searching } },
  });
  const participants = (data ?? previousData)?.participants.edges.map((e) => e.node) ?? [];
  const participantOptions = participants.map(optionOf);
  if (chosen && chosenLabel && !participantOptions.some((o) => o.value === chosen))
    participantOptions.unshift({ value: chosen, label: chosenLabel });

  function choose(value: string | null, label: string | undefined) {
    if (value && label) setKnown((names) => ({ ...names, [value]: label }));
    form.setFieldValue('participantId', value ?? '');
  }

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
      leaveGuard.release();
      await navigate(`/cej/${result.data?.createCejContract.id}`);
    } catch (error) {
      showFormError(form, error);
    }
  }

  return {
    me,
    form,
    leaveGuard,
    onSubmit: form.onSubmit(submit),
    onCancel: () => void navigate('/cej'),
    loading,
    search,
    setSearch,
    searchingParticipants,
    participantOptions,
    choose,
  };
}
