import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { notifySuccess, notifyError } from '../../../lib/notify';
import { SCORE_BID_MUTATION } from '../graphql/markets';
import { isValidMark, normalizeMark, previewScore } from '../market-rules';

interface Props {
  bid: {
    id: string;
    version: number;
    provider: { name: string };
    marks: readonly { criterionId: string; mark: string }[];
  };
  criteria: readonly { id: string; label: string; weight: number }[];
  onClose(): void;
}

/** Marks a bid on each criterion of the market's grid (out of 20); the weighted score out of 100 is shown as typed. */
export function ScoreBidModal({ bid, criteria, onClose }: Props) {
  const [score, { loading }] = useMutation(SCORE_BID_MUTATION, { refetchQueries: ['Lot'] });
  const [marks, setMarks] = useState<Record<string, string>>(() =>
    Object.fromEntries(bid.marks.map((m) => [m.criterionId, m.mark.replace(/\.00$/, '')])),
  );
  const typed = criteria.filter((c) => (marks[c.id] ?? '').trim() !== '');
  const invalid = typed.filter((c) => !isValidMark(marks[c.id]));
  const preview = previewScore(criteria, marks);

  async function submit() {
    if (typed.length === 0 || invalid.length > 0) return;
    try {
      await score({
        variables: {
          input: {
            bidId: bid.id,
            version: bid.version,
            marks: typed.map((c) => ({ criterionId: c.id, mark: normalizeMark(marks[c.id]) })),
          },
        },
      });
      notifySuccess(
        preview
          ? `Candidature notée : ${preview.replace('.', ',')} / 100.`
          : 'Notes enregistrées ; la note finale viendra quand tous les critères seront notés.',
      );
      onClose();
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Noter la candidature de ${bid.provider.name}`} size="lg">
      <Stack>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Critère</Table.Th>
              <Table.Th>Pondération</Table.Th>
              <Table.Th>Note sur 20</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {criteria.map((c, i) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.label}</Table.Td>
                <Table.Td>{c.weight} %</Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`Note : ${c.label}`}
                    data-autofocus={i === 0 || undefined}
                    w={100}
                    value={marks[c.id] ?? ''}
                    error={invalid.includes(c) ? 'De 0 à 20' : undefined}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      setMarks((m) => ({ ...m, [c.id]: value }));
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" data-testid="score-preview">
          Note pondérée : {preview ? `${preview.replace('.', ',')} / 100` : 'tous les critères ne sont pas notés'}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button onClick={() => void submit()} loading={loading} disabled={typed.length === 0 || invalid.length > 0}>
            Enregistrer les notes
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
