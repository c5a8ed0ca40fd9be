import { useMutation } from '@apollo/client/react';
import { Group, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { AMEND_CONVENTION_MUTATION, SIGN_CONVENTION_MUTATION } from '../graphql/markets';
import { normalizeAmount } from '../market-rules';
import { FormModal, formSaveProps } from '../../common/components/form-modal';

/** Records the convention signed with the awarded provider: from then on, it delivers the lot. */
export function SignConventionModal({
  lot,
  onClose,
}: {
  lot: { id: string; startsOn: string; endsOn: string; maxAnnualPriceTtc?: string | null };
  onClose(): void;
}) {
  const [sign, { loading }] = useMutation(SIGN_CONVENTION_MUTATION, { refetchQueries: ['Lot', 'Markets'] });
  const form = useForm({
    initialValues: {
      reference: '',
      signedOn: todayInParis(),
      startsOn: lot.startsOn,
      endsOn: lot.endsOn,
      amountTtc: lot.maxAnnualPriceTtc ?? '',
    },
    validate: {
      reference: (v) => (v.trim() ? null : 'La référence est obligatoire.'),
      signedOn: (v) => (v ? null : 'Le jour de signature est obligatoire.'),
      endsOn: (v, values) => (v && v >= values.startsOn ? null : 'La fin ne peut précéder le début.'),
      amountTtc: (v) => (v.trim() ? null : 'Le montant est obligatoire.'),
    },
  });
  const modal = formSaveProps(
    form,
    'La convention est enregistrée : le prestataire peut réaliser l’action.',
    onClose,
    (values) =>
      sign({
        variables: {
          input: {
            lotId: lot.id,
            reference: values.reference.trim(),
            signedOn: values.signedOn,
            startsOn: values.startsOn,
            endsOn: values.endsOn,
            amountTtc: normalizeAmount(values.amountTtc),
          },
        },
      }),
  );
  return (
    <FormModal {...modal} title="Convention signée" loading={loading} submitLabel="Enregistrer la convention">
      <TextInput label="Référence de la convention" required data-autofocus {...form.getInputProps('reference')} />
      <DayInput label="Signée le" required {...form.getInputProps('signedOn')} />
      <Group grow align="flex-start">
        <DayInput label="Début" required {...form.getInputProps('startsOn')} />
        <DayInput label="Fin" required {...form.getInputProps('endsOn')} />
      </Group>
      <TextInput label="Montant (€ TTC)" required {...form.getInputProps('amountTtc')} />
    </FormModal>
  );
}

/** An amendment: its date, its reason, what it changes; the new end and amount, if they change. */
export function AmendConventionModal({
  convention,
  onClose,
}: {
  convention: { id: string; version: number; endsOn: string; amountTtc: string };
  onClose(): void;
}) {
  const [amend, { loading }] = useMutation(AMEND_CONVENTION_MUTATION, { refetchQueries: ['Lot'] });
  const form = useForm({
    initialValues: {
      signedOn: todayInParis(),
      reason: '',
      description: '',
      endsOn: convention.endsOn,
      amountTtc: convention.amountTtc,
    },
    validate: {
      signedOn: (v) => (v ? null : 'Le jour de signature est obligatoire.'),
      reason: (v) => (v.trim() ? null : 'Le motif de l’avenant est obligatoire.'),
      description: (v) => (v.trim() ? null : 'Décrivez ce que l’avenant change.'),
    },
  });
  async function submit(values: typeof form.values) {
    const amount = normalizeAmount(values.amountTtc);
    try {
      const { data } = await amend({
        variables: {
          input: {
            conventionId: convention.id,
            version: convention.version,
            signedOn: values.signedOn,
            reason: values.reason.trim(),
            description: values.description.trim(),
            endsOn: values.endsOn !== convention.endsOn ? values.endsOn : null,
            amountTtc: amount !== convention.amountTtc ? amount : null,
          },
        },
      });
      notifySuccess(`Avenant n° ${data?.amendConvention.number ?? ''} enregistré.`);
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Nouvel avenant"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Enregistrer l’avenant"
    >
      <DayInput label="Signé le" required {...form.getInputProps('signedOn')} />
      <TextInput label="Motif" required data-autofocus {...form.getInputProps('reason')} />
      <Textarea label="Ce que l’avenant change" required autosize minRows={2} {...form.getInputProps('description')} />
      <Group grow align="flex-start">
        <DayInput
          label="Nouvelle fin"
          description="Inchangée si vous ne la modifiez pas"
          {...form.getInputProps('endsOn')}
        />
        <TextInput
          label="Nouveau montant (€ TTC)"
          description="Inchangé si vous ne le modifiez pas"
          {...form.getInputProps('amountTtc')}
        />
      </Group>
    </FormModal>
  );
}
