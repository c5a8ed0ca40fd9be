import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { HOUR_KIND_LABELS, Permission } from '@passerelle/domain';
import { useState } from 'react';
import type { HourKind } from '../../../generated/graphql';
import { formatMinutes, formatShortDay, labelOf, optionsOf, todayInParis } from '../../../lib/format';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useSession } from '../../auth';
import { ORIENTATIONS_QUERY, ProofPicker, RECORD_TIME_ENTRY_MUTATION, TIME_ENTRIES_QUERY } from '../../activities';
import { DayInput } from '../../common/components/day-input';
import { QueryError } from '../../common/components/query-error';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { RecordsTable } from '../../common/components/records-table';
import { FormModal, formSaveProps } from '../../common/components/form-modal';

interface LotOption {
  id: string;
  number: number;
  title: string;
}

function TimeEntryModal({ lots, onClose }: { lots: readonly LotOption[]; onClose(): void }) {
  const [record, { loading }] = useMutation(RECORD_TIME_ENTRY_MUTATION, { refetchQueries: ['TimeEntries'] });
  const form = useForm({
    initialValues: {
      lotId: lots[0]?.id ?? '',
      date: todayInParis(),
      kind: 'FACE_TO_FACE',
      minutes: 60 as number | string,
      description: '',
      orientationIds: [] as string[],
      proofId: null as string | null,
    },
    validate: {
      lotId: (v) => (v ? null : 'Choisissez le lot.'),
      minutes: (v) => (Number(v) > 0 ? null : 'La durée est obligatoire.'),
      description: (v) => (v.trim() ? null : 'Décrivez le temps passé.'),
      orientationIds: (v, values) =>
        values.kind === 'FACE_TO_FACE' && v.length === 0
          ? 'Le face à face se rattache à au moins un participant.'
          : null,
    },
  });
  const { data } = useQuery(ORIENTATIONS_QUERY, {
    variables: { first: 100, filter: { lotId: form.values.lotId } },
    skip: !form.values.lotId,
  });
  const participants = (data?.orientations.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.participant.lastName.toUpperCase()} ${node.participant.firstName}`,
  }));
  const modal = formSaveProps(form, 'Le temps est enregistré.', onClose, (values) =>
    record({
      variables: {
        input: {
          lotId: values.lotId,
          date: values.date,
          kind: values.kind as HourKind,
          minutes: Number(values.minutes),
          description: values.description.trim(),
          orientationIds: values.orientationIds,
          proofId: values.proofId,
        },
      },
    }),
  );
  return (
    <FormModal {...modal} title="Saisir un temps" size="lg" loading={loading}>
      <Select
        label="Lot"
        required
        allowDeselect={false}
        data={lots.map((l) => ({ value: l.id, label: `Lot ${l.number} · ${l.title}` }))}
        {...form.getInputProps('lotId')}
      />
      <Group grow align="flex-start">
        <DayInput label="Jour" required {...form.getInputProps('date')} />
        <Select
          label="Nature"
          allowDeselect={false}
          data={optionsOf(HOUR_KIND_LABELS)}
          {...form.getInputProps('kind')}
        />
        <NumberInput label="Durée (minutes)" required min={5} step={15} {...form.getInputProps('minutes')} />
      </Group>
      <TextInput label="Description" required {...form.getInputProps('description')} />
      <MultiSelect
        label="Participants concernés"
        data={participants}
        searchable
        {...form.getInputProps('orientationIds')}
      />
      <ProofPicker
        lotId={form.values.lotId}
        value={form.values.proofId}
        onChange={(v) => form.setFieldValue('proofId', v)}
      />
    </FormModal>
  );
}

/** The staff time of the provider's lots, and its entry. */
export function TimeEntries({ lots }: { lots: readonly LotOption[] }) {
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const pages = useCursorPages('time');
  const { data, previousData, loading, error, refetch } = useQuery(TIME_ENTRIES_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after },
  });
  const connection = (data ?? previousData)?.timeEntries;
  const records = connection?.edges.map((edge) => edge.node) ?? [];
  return (
    <Stack gap="sm">
      {can(Permission.ACTIVITIES_WRITE) && lots.length > 0 && (
        <Group justify="flex-end">
          <Button onClick={() => setAdding(true)}>Saisir un temps</Button>
        </Group>
      )}
      {error && !connection && <QueryError error={error} onRetry={() => void refetch()} />}
      <RecordsTable
        fetching={loading}
        noRecordsText="Aucun temps saisi"
        records={records}
        pagination={{ pages, connection, loading }}
        columns={[
          { accessor: 'date', title: 'Jour', render: (t) => formatShortDay(t.date) },
          { accessor: 'lot', title: 'Lot', render: (t) => `Lot ${t.lot.number}` },
          { accessor: 'kind', title: 'Nature', render: (t) => labelOf(HOUR_KIND_LABELS, t.kind) },
          { accessor: 'minutes', title: 'Durée', render: (t) => formatMinutes(t.minutes) },
          { accessor: 'description', title: 'Description' },
          {
            accessor: 'notCountedReason',
            title: 'Compté',
            render: (t) =>
              t.notCountedReason ? (
                <Text size="sm" c="orange.8">
                  Non : {t.notCountedReason}
                </Text>
              ) : (
                'Oui'
              ),
          },
        ]}
      />
      {adding && <TimeEntryModal lots={lots} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
