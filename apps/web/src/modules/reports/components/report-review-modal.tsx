import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { parseApiError } from '../../../lib/api-errors';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { ACCEPT_REPORT, REPORT_QUERY, RETURN_REPORT } from '../graphql/reports';

export type ReviewDecision = 'accept' | 'return';

/** The operator's decision on a submitted report: accept it, or return it with what to rework (required). */
export function ReportReviewModal({
  decision,
  report,
  onClose,
}: {
  decision: ReviewDecision;
  report: { id: string; version: number };
  onClose(): void;
}) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refetchQueries = [{ query: REPORT_QUERY, variables: { id: report.id } }];
  const [accept, accepting] = useMutation(ACCEPT_REPORT, { refetchQueries });
  const [giveBack, returning] = useMutation(RETURN_REPORT, { refetchQueries });
  const isReturn = decision === 'return';

  async function handleConfirm() {
    setError(null);
    if (isReturn && !comment.trim()) {
      setError('Indiquez ce qu’il faut reprendre.');
      return;
    }
    try {
      if (isReturn) {
        await giveBack({ variables: { input: { id: report.id, version: report.version, comment: comment.trim() } } });
        notifySuccess('Le bilan est renvoyé pour corrections.');
      } else {
        await accept({
          variables: { input: { id: report.id, version: report.version, comment: comment.trim() || null } },
        });
        notifySuccess('Le bilan est validé.');
      }
      onClose();
    } catch (caught) {
      const parsed = parseApiError(caught);
      if (parsed.fields.comment) setError(parsed.fields.comment);
      else notifyError(caught);
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={isReturn ? 'Renvoyer le bilan pour corrections' : 'Valider le bilan'}
      centered
    >
      <Stack>
        <Text size="sm">
          {isReturn
            ? 'Le bilan redevient modifiable ; ses chiffres seront recalculés. Vos remarques sont transmises à qui l’a rédigé.'
            : 'Le bilan validé n’est plus modifiable.'}
        </Text>
        <Textarea
          label={isReturn ? 'Ce qu’il faut reprendre' : 'Remarques (facultatif)'}
          required={isReturn}
          autosize
          minRows={3}
          value={comment}
          error={error}
          onChange={(event) => setComment(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button
            color={isReturn ? 'orange' : 'teal'}
            loading={accepting.loading || returning.loading}
            onClick={() => void handleConfirm()}
          >
            {isReturn ? 'Renvoyer' : 'Valider'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
