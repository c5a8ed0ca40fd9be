import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { CejBreachSuggestionsQuery } from '../../../generated/graphql';
import { formatShortDay } from '../../../lib/format';
import { notifySuccess, showFormError } from '../../../lib/notify';
import { actionKindLabel } from '../cej-rules';
import { CEJ_BREACH_SUGGESTIONS_QUERY, DISMISS_CEJ_BREACH_SUGGESTION_MUTATION } from '../graphql/cej-breaches';
import { RECORD_CEJ_BREACH_MUTATION } from '../graphql/cej';

type Suggestion = NonNullable<CejBreachSuggestionsQuery['cejContract']>['breachSuggestions'][number];
const REFETCH = ['CejBreachSuggestions', 'CejContract', 'CejAllowance', 'CejContractsNeedingAttention'];

/** Confirm (a ranked breach, with its effect on the allowance) or set aside (with the reason). */
function ReviewModal({
  contractId,
  suggestion,
  mode,
  onClose,
}: {
  contractId: string;
  suggestion: Suggestion;
  mode: 'confirm' | 'dismiss';
  onClose(): void;
}) {
  const [confirm, confirming] = useMutation(RECORD_CEJ_BREACH_MUTATION, { refetchQueries: REFETCH });
  const [dismiss, dismissing] = useMutation(DISMISS_CEJ_BREACH_SUGGESTION_MUTATION, { refetchQueries: REFETCH });
  const form = useForm({
    initialValues: { text: '' },
    validate: {
      text: (value) =>
        value.trim()
          ? null
          : mode === 'confirm'
            ? 'Décrivez le manquement.'
            : 'Indiquez pourquoi le manquement est écarté.',
    },
  });
  const { action, effect } = suggestion;
  async function submit({ text }: typeof form.values) {
    try {
      if (mode === 'confirm') {
        await confirm({ variables: { input: { contractId, actionId: action.id, note: text.trim() } } });
        notifySuccess(effect.label, 'Manquement confirmé');
      } else {
        await dismiss({ variables: { input: { actionId: action.id, version: action.version, reason: text.trim() } } });
        notifySuccess('L’absence reste au planning, sans effet sur l’allocation.', 'Manquement écarté');
      }
      onClose();
    } catch (error) {
      showFormError(form, error, { note: 'text', reason: 'text' });
    }
  }
  return (
    <Modal opened onClose={onClose} title={mode === 'confirm' ? 'Confirmer le manquement' : 'Écarter le manquement'}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Text size="sm">
            {action.title} ({actionKindLabel(action.kind)}), le {formatShortDay(action.date)}.
          </Text>
          {mode === 'confirm' ? (
            <Alert color={effect.terminationDecision ? 'red' : 'orange'}>{effect.label}.</Alert>
          ) : (
            <Text size="sm" c="dimmed">
              L’absence reste injustifiée au planning mais n’est pas retenue comme manquement.
            </Text>
          )}
          <Textarea
            label={mode === 'confirm' ? 'Ce qui s’est passé, et la réponse du ou de la jeune' : 'Raison'}
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('text')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Annuler
            </Button>
            <Button
              type="submit"
              color={mode === 'confirm' ? 'red' : undefined}
              loading={confirming.loading || dismissing.loading}
            >
              {mode === 'confirm' ? 'Confirmer le manquement' : 'Écarter'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Unexcused absences that suggest a breach: nothing is applied until the counsellor decides. */
export function BreachSuggestions({ contractId, canWrite }: { contractId: string; canWrite: boolean }) {
  const { data } = useQuery(CEJ_BREACH_SUGGESTIONS_QUERY, { variables: { id: contractId } });
  const [review, setReview] = useState<{ suggestion: Suggestion; mode: 'confirm' | 'dismiss' } | null>(null);
  const suggestions = data?.cejContract.breachSuggestions ?? [];
  if (suggestions.length === 0) return null;
  return (
    <Alert
      color="orange"
      title={`Absence${suggestions.length > 1 ? 's' : ''} injustifiée${suggestions.length > 1 ? 's' : ''} : manquement à examiner`}
    >
      <Stack gap="xs">
        <Text size="sm">
          Une absence injustifiée peut être un manquement, avec un effet sur l’allocation. Rien n’est appliqué tant que
          vous ne l’avez pas confirmé.
        </Text>
        <Table aria-label="Manquements suggérés">
          <Table.Tbody>
            {suggestions.map((s) => (
              <Table.Tr key={s.action.id}>
                <Table.Td>{formatShortDay(s.action.date)}</Table.Td>
                <Table.Td>
                  {s.action.title}
                  {s.action.outcomeNote ? ` — ${s.action.outcomeNote}` : ''}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">Si confirmé : {s.effect.label}</Text>
                </Table.Td>
                <Table.Td>
                  {canWrite && (
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        color="red"
                        variant="light"
                        onClick={() => setReview({ suggestion: s, mode: 'confirm' })}
                      >
                        Confirmer
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => setReview({ suggestion: s, mode: 'dismiss' })}
                      >
                        Écarter
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {review && (
        <ReviewModal
          contractId={contractId}
          suggestion={review.suggestion}
          mode={review.mode}
          onClose={() => setReview(null)}
        />
      )}
    </Alert>
  );
}
