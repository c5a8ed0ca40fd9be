import { useMutation, useQuery } from '@apollo/client/react';
import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import type { CejCohortRowFieldsFragment } from '../../../generated/graphql';
import { addDays, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { useMe } from '../../auth';
import { DayInput } from '../../common/components/day-input';
import { HoursInput } from './hours-input';
import { participantName, ReferentSelect } from '../../participants';
import { CEJ_BRANCHES_QUERY, CEJ_CONTRACTS_QUERY } from '../graphql/cej';
import {
  ADD_CEJ_COHORT_MEMBERS_MUTATION,
  ADD_CEJ_COHORT_SESSION_MUTATION,
  CREATE_CEJ_COHORT_MUTATION,
  UPDATE_CEJ_COHORT_MUTATION,
} from '../graphql/cej-cohorts';
import { FormModal, formSaveProps } from '../../common/components/form-modal';
import { useContractedLots } from '../hooks/use-contracted-lots';

type Cohort = CejCohortRowFieldsFragment & { sessions?: { date: string }[] };
const REFETCH = ['CejCohorts', 'CejCohort', 'CejContracts'];

/** Creates a promo, or edits its name, counsellor, branch, dates and place (with the version read). */
export function CohortFormModal({ cohort, onClose }: { cohort?: Cohort; onClose(): void }) {
  const me = useMe();
  const navigate = useNavigate();
  const structureId = me.currentStructure?.id ?? '';
  const branches =
    useQuery(CEJ_BRANCHES_QUERY, { variables: { id: structureId }, skip: !structureId }).data?.structure.branches ?? [];
  const [create, creating] = useMutation(CREATE_CEJ_COHORT_MUTATION, { refetchQueries: REFETCH });
  const [update, updating] = useMutation(UPDATE_CEJ_COHORT_MUTATION, { refetchQueries: REFETCH });
  const today = todayInParis();
  const form = useForm({
    initialValues: {
      name: cohort?.name ?? '',
      counsellorUserId: cohort?.counsellor.id ?? me.id,
      branchId: cohort?.branch?.id ?? '',
      startsOn: cohort?.startsOn ?? today,
      endsOn: cohort?.endsOn ?? addDays(today, 25),
      location: cohort?.location ?? '',
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Le nom de la promo est obligatoire.'),
      counsellorUserId: (v) => (v ? null : 'Choisissez le conseiller ou la conseillère.'),
      startsOn: (v) => (v ? null : 'La date de début est obligatoire.'),
      endsOn: (v, values) =>
        !v
          ? 'La date de fin est obligatoire.'
          : v < values.startsOn
            ? 'La fin de la promo ne peut pas précéder son début.'
            : null,
    },
  });
  async function submit(values: typeof form.values) {
    const input = {
      name: values.name.trim(),
      counsellorUserId: values.counsellorUserId,
      branchId: values.branchId || null,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
      location: values.location.trim() || null,
    };
    try {
      if (cohort) {
        await update({ variables: { input: { id: cohort.id, version: cohort.version, ...input } } });
        notifySuccess('La promo est modifiée.');
        onClose();
      } else {
        const created = await create({ variables: { input } });
        notifySuccess('La promo est créée : ajoutez ses journées d’ateliers et ses membres.');
        onClose();
        navigate(`/cej/promos/${created.data!.createCejCohort.id}`);
      }
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title={cohort ? 'Modifier la promo' : 'Nouvelle promo'}
      onSubmit={form.onSubmit(submit)}
      loading={creating.loading || updating.loading}
      submitLabel={cohort ? 'Enregistrer' : 'Créer la promo'}
    >
      <TextInput
        label="Nom"
        placeholder="Promo mars — Alès centre"
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <ReferentSelect
        label="Conseiller·ère qui anime"
        required
        current={cohort?.counsellor ?? { id: me.id, fullName: me.fullName }}
        value={form.values.counsellorUserId}
        onChange={(value) => form.setFieldValue('counsellorUserId', value)}
        error={form.errors.counsellorUserId}
      />
      <Select
        label="Antenne"
        data={[{ value: '', label: 'Sans antenne' }, ...branches.map((b) => ({ value: b.id, label: b.name }))]}
        allowDeselect={false}
        {...form.getInputProps('branchId')}
      />
      <Group grow>
        <DayInput label="Début" required {...form.getInputProps('startsOn')} />
        <DayInput label="Fin" required {...form.getInputProps('endsOn')} />
      </Group>
      <TextInput label="Lieu" {...form.getInputProps('location')} />
    </FormModal>
  );
}

/** A workshop day run by a provider: it lands in every member's planning. */
export function CohortSessionModal({ cohort, onClose }: { cohort: Cohort; onClose(): void }) {
  const [add, { loading }] = useMutation(ADD_CEJ_COHORT_SESSION_MUTATION, { refetchQueries: REFETCH });
  const lots = useContractedLots();
  const form = useForm({
    initialValues: { date: cohort.startsOn, title: '', lotId: '', provider: '', hours: 6 as number | string },
    validate: {
      title: (v) => (v.trim() ? null : 'L’intitulé est obligatoire.'),
      date: (v) => (v >= cohort.startsOn && v <= cohort.endsOn ? null : 'La journée a lieu pendant la promo.'),
    },
  });
  const modal = formSaveProps(
    form,
    'La journée d’atelier est ajoutée au planning de chaque membre.',
    onClose,
    (values) =>
      add({
        variables: {
          input: {
            cohortId: cohort.id,
            date: values.date,
            title: values.title.trim(),
            lotId: values.lotId || null,
            provider: values.lotId ? null : values.provider.trim() || null,
            hours: Number(values.hours),
          },
        },
      }),
  );
  return (
    <FormModal {...modal} title="Journée d’atelier" loading={loading} submitLabel="Ajouter">
      <TextInput label="Intitulé" required data-autofocus {...form.getInputProps('title')} />
      <Select
        label="Lot du marché"
        description="Son prestataire anime la journée et reçoit les jeunes de la promo."
        placeholder="Hors marché"
        clearable
        data={lots.options}
        {...form.getInputProps('lotId')}
      />
      {!form.values.lotId && <TextInput label="Intervenant hors marché" {...form.getInputProps('provider')} />}
      <Group grow>
        <DayInput label="Jour" required min={cohort.startsOn} max={cohort.endsOn} {...form.getInputProps('date')} />
        <HoursInput {...form.getInputProps('hours')} />
      </Group>
    </FormModal>
  );
}

/** Signed contracts running during the promo and in no other promo join it (searched 50 at a time). */
export function CohortMembersModal({ cohort, onClose }: { cohort: Cohort; onClose(): void }) {
  const [add, { loading }] = useMutation(ADD_CEJ_COHORT_MEMBERS_MUTATION, { refetchQueries: REFETCH });
  const candidates = useQuery(CEJ_CONTRACTS_QUERY, {
    variables: { first: 50, filter: { status: 'ACTIVE', runningOn: cohort.startsOn } },
  });
  const options = (candidates.data?.cejContracts.edges ?? [])
    .filter(({ node }) => !node.cohort)
    .map(({ node }) => ({
      value: node.id,
      label: `${participantName(node.participant)} · ${node.counsellor.fullName}`,
    }));
  const form = useForm({
    initialValues: { contractIds: [] as string[] },
    validate: { contractIds: (v) => (v.length > 0 ? null : 'Choisissez au moins un contrat.') },
  });
  const modal = formSaveProps(
    form,
    'Les jeunes rejoignent la promo : ses journées s’ajoutent à leur planning.',
    onClose,
    (values) => add({ variables: { input: { cohortId: cohort.id, contractIds: values.contractIds } } }),
  );
  return (
    <FormModal {...modal} title="Ajouter des membres" loading={loading} submitLabel="Ajouter">
      <MultiSelect
        label="Contrats en cours, sans promo"
        data={options}
        searchable
        nothingFoundMessage="Aucun contrat disponible"
        {...form.getInputProps('contractIds')}
      />
    </FormModal>
  );
}
