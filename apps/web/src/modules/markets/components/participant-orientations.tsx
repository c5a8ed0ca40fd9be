import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDay, todayInParis } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { useSession } from '../../auth';
import { OrientationsTable } from '../../activities';
import { DayInput } from '../../common/components/day-input';
import { ORIENT_PARTICIPANT_MUTATION, ORIENTABLE_LOTS_QUERY } from '../graphql/markets';
import { FormModal } from '../../common/components/form-modal';

/** Orients a participant to the action of a lot with a signed convention; the entry sheet is due 15 days later. */
export function OrientModal({
  participantId,
  participantName,
  onClose,
}: {
  participantId: string;
  participantName: string;
  onClose(): void;
}) {
  const navigate = useNavigate();
  const { data, loading: loadingLots } = useQuery(ORIENTABLE_LOTS_QUERY, { variables: { first: 100 } });
  const [orient, { loading }] = useMutation(ORIENT_PARTICIPANT_MUTATION, { refetchQueries: ['Orientations'] });
  const lots = (data?.lots.edges ?? [])
    .map((edge) => edge.node)
    .filter((lot) => lot.conventionSignedOn && lot.awardedProvider);
  const form = useForm({
    initialValues: { lotId: '', orientedOn: todayInParis(), purpose: '' },
    validate: {
      lotId: (v) => (v ? null : 'Choisissez le lot.'),
      orientedOn: (v) => (v ? null : 'Le jour de l’orientation est obligatoire.'),
    },
  });
  async function submit(values: typeof form.values) {
    try {
      const { data: result } = await orient({
        variables: {
          input: {
            participantId,
            lotId: values.lotId,
            orientedOn: values.orientedOn,
            purpose: values.purpose.trim() || null,
          },
        },
      });
      if (result)
        notifySuccess(
          `${participantName} est orienté·e. Fiche d’entrée attendue avant le ${formatDay(result.orientParticipant.entrySheet.dueOn)}.`,
        );
      onClose();
      if (result) await navigate(`/orientations/${result.orientParticipant.id}`);
    } catch (error) {
      showFormError(form, error);
    }
  }
  return (
    <FormModal
      onClose={onClose}
      title={`Orienter ${participantName} vers une action`}
      size="lg"
      onSubmit={form.onSubmit(submit)}
      loading={loading}
      submitLabel="Orienter"
    >
      <Select
        label="Lot"
        required
        searchable
        placeholder={loadingLots ? 'Chargement…' : lots.length ? 'Choisir le lot' : 'Aucun lot conventionné'}
        data={lots.map((lot) => ({
          value: lot.id,
          label: `${lot.market.reference} · lot ${lot.number} · ${lot.title} (${lot.awardedProvider?.name})`,
        }))}
        {...form.getInputProps('lotId')}
      />
      <DayInput label="Jour de l’orientation" required {...form.getInputProps('orientedOn')} />
      <Textarea
        label="Objectif"
        description="Partagé avec le prestataire : pas de données sensibles"
        autosize
        minRows={2}
        {...form.getInputProps('purpose')}
      />
      <Text size="xs" c="dimmed">
        Le prestataire doit envoyer la fiche de liaison « entrée / non entrée » dans les 15 jours.
      </Text>
    </FormModal>
  );
}

/** The "Orientations" section of the participant file: orientations to lots, liaison sheets and their deadlines. */
export function ParticipantOrientations({
  participantId,
  participantName,
}: {
  participantId: string;
  participantName: string;
}) {
  const { can } = useSession();
  const [orienting, setOrienting] = useState(false);
  return (
    <Stack gap="sm">
      {can(Permission.ORIENTATIONS_WRITE) && (
        <Group justify="flex-end">
          <Button onClick={() => setOrienting(true)}>Orienter vers un lot</Button>
        </Group>
      )}
      {can(Permission.ACTIVITIES_READ) ? (
        <OrientationsTable
          filter={{ participantId }}
          show="participant"
          noRecordsText="Aucune orientation vers une action"
        />
      ) : (
        <Text size="sm" c="dimmed">
          Votre rôle ne permet pas de consulter les orientations.
        </Text>
      )}
      {orienting && (
        <OrientModal
          participantId={participantId}
          participantName={participantName}
          onClose={() => setOrienting(false)}
        />
      )}
    </Stack>
  );
}
