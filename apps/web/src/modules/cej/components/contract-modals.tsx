import { useMutation } from '@apollo/client/react';
import { Alert, Checkbox, Group, List, Select, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CEJ_EXIT_REASON_LABELS, CEJ_SUSPENSION_REASON_LABELS } from '@passerelle/domain';
import { useState } from 'react';
import type { CejContractFieldsFragment, CejExitReason, CejSuspensionReason } from '../../../generated/graphql';
import { parseApiError } from '../../../lib/api-errors';
import { ageOn, formatDay, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { options, type ContractAction } from '../cej-rules';
import {
  DECIDE_CEJ_TERMINATION_MUTATION,
  END_CEJ_CONTRACT_MUTATION,
  RENEW_CEJ_CONTRACT_MUTATION,
  RESUME_CEJ_CONTRACT_MUTATION,
  SIGN_CEJ_CONTRACT_MUTATION,
  SUSPEND_CEJ_CONTRACT_MUTATION,
} from '../graphql/cej';
import { FormModal, formSaveProps } from '../../common/components/form-modal';

type Contract = CejContractFieldsFragment;
/** The mutations answer with the whole contract (cache updated); lists and the allowance are refetched. */
const REFETCH = ['CejContracts', 'CejContractsNeedingAttention', 'CejAllowance', 'CejContractActions'];

/** Signature: eligibility is checked by the API on that day; a refusal is shown in full, reason by reason. */
function SignModal({ contract, onClose }: { contract: Contract; onClose(): void }) {
  const today = todayInParis();
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const [sign, { loading }] = useMutation(SIGN_CEJ_CONTRACT_MUTATION, { refetchQueries: REFETCH });
  const latest = contract.startOn < today ? contract.startOn : today;
  const form = useForm({
    initialValues: { signedOn: latest, registeredJobseeker: true, inEducation: false },
    validate: { signedOn: (value) => (value ? null : 'La date de signature est obligatoire.') },
  });
  const age = ageOn(contract.participant.birthDate, form.values.signedOn || today);
  async function submit(values: typeof form.values) {
    setRefusal(null);
    try {
      await sign({ variables: { input: { id: contract.id, version: contract.version, ...values } } });
      notifySuccess('Le contrat est signé : il court à partir de son premier jour.', 'Contrat signé');
      onClose();
    } catch (error) {
      const parsed = parseApiError(error);
      const reasons = Object.values(parsed.fields);
      if (parsed.code === 'BAD_USER_INPUT' && reasons.length > 0 && !parsed.fields.signedOn) setRefusal(reasons);
      else showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Signer le contrat"
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Signer"
    >
      {refusal && (
        <Alert color="red" title="Signature refusée : le ou la jeune n’est pas éligible au CEJ" role="alert">
          <List size="sm">
            {refusal.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Text size="sm">
        Né·e le {formatDay(contract.participant.birthDate)}
        {age !== null && ` : ${age} ans à la signature`}. Le CEJ s’adresse aux 16–25 ans (29 ans avec une reconnaissance
        de handicap).
      </Text>
      <DayInput
        label="Jour de la signature"
        description={`Au plus tard le premier jour du contrat (${formatDay(contract.startOn)}).`}
        required
        max={latest}
        {...form.getInputProps('signedOn')}
      />
      <Checkbox
        label="Inscrit·e comme demandeur·se d’emploi (obligatoire depuis le 1er janvier 2025)"
        {...form.getInputProps('registeredJobseeker', { type: 'checkbox' })}
      />
      <Checkbox
        label="Étudiant·e ou en formation à la signature"
        {...form.getInputProps('inEducation', { type: 'checkbox' })}
      />
    </FormModal>
  );
}

function SuspendModal({ contract, onClose }: { contract: Contract; onClose(): void }) {
  const today = todayInParis();
  const [suspend, { loading }] = useMutation(SUSPEND_CEJ_CONTRACT_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { fromOn: today, expectedUntil: '', reason: 'HEALTH', note: '' },
    validate: {
      fromOn: (value) => (value ? null : 'Le premier jour suspendu est obligatoire.'),
      note: (value, values) =>
        values.reason === 'OTHER' && !value.trim() ? 'Précisez le motif de la suspension.' : null,
    },
  });
  const modal = formSaveProps(
    form,
    { message: 'Le contrat est suspendu.', title: 'Suspension enregistrée' },
    onClose,
    (values) =>
      suspend({
        variables: {
          input: {
            id: contract.id,
            version: contract.version,
            fromOn: values.fromOn,
            expectedUntil: values.expectedUntil || null,
            reason: values.reason as CejSuspensionReason,
            note: values.note.trim() || null,
          },
        },
      }),
  );
  return (
    <FormModal {...modal} title="Suspendre le contrat" loading={loading} submitLabel="Suspendre" submitColor="orange">
      <Select
        label="Motif"
        required
        data={options(CEJ_SUSPENSION_REASON_LABELS)}
        allowDeselect={false}
        {...form.getInputProps('reason')}
      />
      <DayInput label="Premier jour suspendu" required max={today} {...form.getInputProps('fromOn')} />
      <DayInput label="Reprise prévue" {...form.getInputProps('expectedUntil')} />
      <Textarea label="Précisions" autosize minRows={2} {...form.getInputProps('note')} />
    </FormModal>
  );
}

function ResumeModal({ contract, onClose }: { contract: Contract; onClose(): void }) {
  const today = todayInParis();
  const [resume, { loading }] = useMutation(RESUME_CEJ_CONTRACT_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { resumedOn: today },
    validate: { resumedOn: (value) => (value ? null : 'Le jour de la reprise est obligatoire.') },
  });
  const modal = formSaveProps(
    form,
    { message: 'Le contrat court de nouveau.', title: 'Reprise enregistrée' },
    onClose,
    (values) =>
      resume({
        variables: { input: { id: contract.id, version: contract.version, resumedOn: values.resumedOn } },
      }),
  );
  return (
    <FormModal {...modal} title="Reprendre le contrat" loading={loading} submitLabel="Reprendre">
      <DayInput label="Jour de la reprise" required max={today} {...form.getInputProps('resumedOn')} />
    </FormModal>
  );
}

function RenewModal({ contract, onClose }: { contract: Contract; onClose(): void }) {
  const today = todayInParis();
  const [renew, { loading }] = useMutation(RENEW_CEJ_CONTRACT_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { commissionOn: today, newEndOn: '', opinion: '', exceptionalJustification: '' },
    validate: {
      commissionOn: (value) => (value ? null : 'Le jour de la commission de suivi est obligatoire.'),
      newEndOn: (value) =>
        !value
          ? 'La nouvelle date de fin est obligatoire.'
          : value <= contract.endOn
            ? `La nouvelle date de fin doit être postérieure à la fin actuelle (${formatDay(contract.endOn)}).`
            : null,
      opinion: (value) => (value.trim() ? null : 'L’avis motivé de la commission de suivi est obligatoire.'),
    },
  });
  async function submit(values: typeof form.values) {
    try {
      await renew({
        variables: {
          input: {
            id: contract.id,
            version: contract.version,
            commissionOn: values.commissionOn,
            newEndOn: values.newEndOn,
            opinion: values.opinion.trim(),
            exceptionalJustification: values.exceptionalJustification.trim() || null,
          },
        },
      });
      notifySuccess(`Le contrat court désormais jusqu’au ${formatDay(values.newEndOn)}.`, 'Contrat renouvelé');
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title="Renouveler le contrat"
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Renouveler"
    >
      <Text size="sm">
        Fin actuelle : {formatDay(contract.endOn)}. Au-delà de 12 mois au total, une justification est obligatoire (18
        mois au plus).
      </Text>
      <Group grow align="flex-start">
        <DayInput label="Jour de la commission de suivi" required max={today} {...form.getInputProps('commissionOn')} />
        <DayInput label="Nouveau dernier jour du contrat" required {...form.getInputProps('newEndOn')} />
      </Group>
      <Textarea label="Avis motivé de la commission" required autosize minRows={3} {...form.getInputProps('opinion')} />
      <Textarea
        label="Justification (au-delà de 12 mois)"
        autosize
        minRows={2}
        {...form.getInputProps('exceptionalJustification')}
      />
    </FormModal>
  );
}

function EndModal({ contract, onClose }: { contract: Contract; onClose(): void }) {
  const today = todayInParis();
  const [end, { loading }] = useMutation(END_CEJ_CONTRACT_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { endedOn: today, reason: '', comment: '' },
    validate: {
      endedOn: (value) => (value ? null : 'Le dernier jour du contrat est obligatoire.'),
      reason: (value) => (value ? null : 'Choisissez le motif de sortie.'),
      comment: (value, values) => (values.reason === 'OTHER' && !value.trim() ? 'Précisez le motif de sortie.' : null),
    },
  });
  const modal = formSaveProps(
    form,
    { message: 'Le contrat est terminé.', title: 'Fin du contrat enregistrée' },
    onClose,
    (values) =>
      end({
        variables: {
          input: {
            id: contract.id,
            version: contract.version,
            endedOn: values.endedOn,
            reason: values.reason as CejExitReason,
            comment: values.comment.trim() || null,
          },
        },
      }),
  );
  return (
    <FormModal {...modal} title="Mettre fin au contrat" loading={loading} submitLabel="Mettre fin" submitColor="red">
      <Select
        label="Motif de sortie"
        required
        data={options(CEJ_EXIT_REASON_LABELS).filter((o) => o.value !== 'SANCTION')}
        {...form.getInputProps('reason')}
      />
      <DayInput label="Dernier jour du contrat" required {...form.getInputProps('endedOn')} />
      <Textarea label="Commentaire" autosize minRows={2} {...form.getInputProps('comment')} />
    </FormModal>
  );
}

function DecideTerminationModal({ contract, onClose }: { contract: Contract; onClose(): void }) {
  const today = todayInParis();
  const [decide, { loading }] = useMutation(DECIDE_CEJ_TERMINATION_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { heardOn: '', decidedOn: today, decision: '' },
    validate: {
      heardOn: (value) => (value ? null : 'Indiquez le jour où le ou la jeune a pu s’expliquer.'),
      decidedOn: (value) => (value ? null : 'Le jour de la décision est obligatoire.'),
      decision: (value) => (value.trim() ? null : 'La décision motivée est obligatoire.'),
    },
  });
  const modal = formSaveProps(
    form,
    { message: 'La fin du contrat prend effet le 1er du mois suivant la décision.', title: 'Décision enregistrée' },
    onClose,
    (values) =>
      decide({
        variables: {
          input: {
            contractId: contract.id,
            version: contract.version,
            heardOn: values.heardOn,
            decidedOn: values.decidedOn,
            decision: values.decision.trim(),
          },
        },
      }),
  );
  return (
    <FormModal
      {...modal}
      title="Fin du contrat après un troisième manquement"
      size="lg"
      loading={loading}
      submitLabel="Décider la fin"
      submitColor="red"
    >
      <Text size="sm">
        Décision du représentant légal de la structure, après que le ou la jeune a pu présenter ses observations.
      </Text>
      <Group grow align="flex-start">
        <DayInput
          label="Jour où le ou la jeune a été entendu·e"
          required
          max={today}
          {...form.getInputProps('heardOn')}
        />
        <DayInput label="Jour de la décision" required max={today} {...form.getInputProps('decidedOn')} />
      </Group>
      <Textarea label="Décision motivée" required autosize minRows={3} {...form.getInputProps('decision')} />
    </FormModal>
  );
}

export function ContractActionModal({
  action,
  contract,
  onClose,
}: {
  action: ContractAction;
  contract: Contract;
  onClose(): void;
}) {
  switch (action) {
    case 'sign':
      return <SignModal contract={contract} onClose={onClose} />;
    case 'suspend':
      return <SuspendModal contract={contract} onClose={onClose} />;
    case 'resume':
      return <ResumeModal contract={contract} onClose={onClose} />;
    case 'renew':
      return <RenewModal contract={contract} onClose={onClose} />;
    case 'end':
      return <EndModal contract={contract} onClose={onClose} />;
    case 'decideTermination':
      return <DecideTerminationModal contract={contract} onClose={onClose} />;
  }
}
