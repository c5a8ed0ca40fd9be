import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  PROSPECTED_STRUCTURE_KIND_LABELS,
  ProspectedStructureKind,
  PROSPECTION_OUTCOME_LABELS,
  ProspectionOutcome,
} from '@passerelle/domain';
import { formatShortDay, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { DayInput } from '../../common/components/day-input';
import { FormModal } from '../../common/components/form-modal';
import { ListSection } from '../../common/components/list-section';
import { QueryPending } from '../../common/components/query-pending';
import { RecordsTable } from '../../common/components/records-table';
import { useLotProspections, useRecordProspection } from '../hooks/use-lot-prospections';

const KIND_DATA = Object.values(ProspectedStructureKind).map((value) => ({
  value,
  label: PROSPECTED_STRUCTURE_KIND_LABELS[value],
}));
const OUTCOME_DATA = Object.values(ProspectionOutcome).map((value) => ({
  value,
  label: PROSPECTION_OUTCOME_LABELS[value],
}));

interface Values {
  organisationName: string;
  organisationKind: ProspectedStructureKind | '';
  communeName: string;
  date: string;
  outcome: ProspectionOutcome | '';
  comment: string;
}

function RecordProspectionModal({ lotId, onClose }: { lotId: string; onClose(): void }) {
  const { record, loading } = useRecordProspection();
  const today = todayInParis();
  const form = useForm<Values>({
    initialValues: {
      organisationName: '',
      organisationKind: '',
      communeName: '',
      date: today,
      outcome: '',
      comment: '',
    },
    validate: {
      organisationName: (value) => (value.trim() ? null : 'Indiquez le nom de la structure prospectée.'),
      organisationKind: (value) => (value ? null : 'Choisissez le type de structure.'),
      date: (value) =>
        !value ? 'La date est obligatoire.' : value > today ? 'Le contact ne peut pas être dans le futur.' : null,
      outcome: (value) => (value ? null : 'Choisissez l’issue du contact.'),
    },
  });

  async function submit(values: Values) {
    try {
      await record({
        variables: {
          input: {
            lotId,
            organisationName: values.organisationName.trim(),
            organisationKind: values.organisationKind as ProspectedStructureKind,
            communeName: values.communeName.trim() || null,
            date: values.date,
            outcome: values.outcome as ProspectionOutcome,
            comment: values.comment.trim() || null,
          },
        },
      });
      notifySuccess('La structure prospectée est enregistrée : elle compte dans les bilans du lot.');
      onClose();
    } catch (error) {
      showFormError(form, error);
    }
  }

  return (
    <FormModal
      onClose={onClose}
      title="Enregistrer une structure prospectée"
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
    >
      <TextInput
        label="Nom de la structure"
        required
        data-autofocus
        maxLength={200}
        {...form.getInputProps('organisationName')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label="Type de structure" required data={KIND_DATA} {...form.getInputProps('organisationKind')} />
        <TextInput label="Commune" maxLength={120} {...form.getInputProps('communeName')} />
        <DayInput label="Date du contact" required max={today} {...form.getInputProps('date')} />
        <Select label="Issue" required data={OUTCOME_DATA} {...form.getInputProps('outcome')} />
      </SimpleGrid>
      <Textarea label="Commentaire" autosize minRows={2} maxLength={2000} {...form.getInputProps('comment')} />
    </FormModal>
  );
}

/**
 * The structures prospected on a lot over a report's period (seed 002 §5: « le nombre d'associations ou de structures
 * prospectées »); the lot's provider records them while the report is not submitted.
 */
export function LotProspections({
  lotId,
  from,
  to,
  canRecord,
}: {
  lotId: string;
  from: string;
  to: string;
  canRecord: boolean;
}) {
  const view = useLotProspections(lotId, from, to);
  return (
    <ListSection
      title="Structures prospectées sur la période"
      addLabel="Enregistrer une structure prospectée"
      onAdd={canRecord ? () => view.setRecording(true) : undefined}
      dialog={view.recording && <RecordProspectionModal lotId={lotId} onClose={() => view.setRecording(false)} />}
    >
      {view.prospections ? (
        <RecordsTable
          aria-label="Structures prospectées"
          records={view.prospections}
          noRecordsText="Aucune structure prospectée sur la période."
          columns={[
            { accessor: 'date', title: 'Date', render: (p) => formatShortDay(p.date) },
            { accessor: 'organisationName', title: 'Structure' },
            {
              accessor: 'organisationKind',
              title: 'Type',
              render: (p) => PROSPECTED_STRUCTURE_KIND_LABELS[p.organisationKind],
            },
            { accessor: 'communeName', title: 'Commune', render: (p) => p.communeName ?? '—' },
            { accessor: 'outcome', title: 'Issue', render: (p) => PROSPECTION_OUTCOME_LABELS[p.outcome] },
          ]}
        />
      ) : (
        <QueryPending error={view.error} loading={view.loading} onRetry={() => void view.refetch()} h={120} />
      )}
    </ListSection>
  );
}
