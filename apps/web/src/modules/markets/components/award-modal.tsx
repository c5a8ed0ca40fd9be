import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { AWARD_LOT_MUTATION } from '../graphql/markets';

/** Awards the lot to a scored bid; choosing one that is not ranked first needs a justification. */
export function AwardModal({
  bid,
  onClose,
}: {
  bid: { id: string; rank?: number | null; score?: string | null; provider: { name: string } };
  onClose(): void;
}) {
  const [award, { loading }] = useMutation(AWARD_LOT_MUTATION, { refetchQueries: ['Lot', 'Markets'] });
  const [justification, setJustification] = useState('');
  const needsJustification = bid.rank !== 1;
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (needsJustification && !justification.trim())
      return setError('Cette candidature n’est pas la mieux notée : justifiez le choix.');
    try {
      await award({ variables: { input: { bidId: bid.id, justification: justification.trim() || null } } });
      notifySuccess(`Le lot est attribué à ${bid.provider.name}. Enregistrez maintenant la convention signée.`);
      onClose();
    } catch (e) {
      const parsed = notifyError(e);
      if (parsed.fields?.justification) setError(parsed.fields.justification);
    }
  }

  return (
    <Modal opened onClose={onClose} title="Attribuer le lot">
      <Stack>
        <Text size="sm">
          Retenir la candidature de <b>{bid.provider.name}</b> (
          {bid.score ? `${bid.score.replace('.', ',')} / 100` : 'non notée'}, rang {bid.rank ?? '—'}) ? Les autres
          candidatures ne seront pas retenues.
        </Text>
        {needsJustification && (
          <Textarea
            label="Justification"
            required
            autosize
            minRows={3}
            value={justification}
            error={error}
            onChange={(event) => setJustification(event.currentTarget.value)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Annuler
          </Button>
          <Button onClick={() => void submit()} loading={loading}>
            Attribuer le lot
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
