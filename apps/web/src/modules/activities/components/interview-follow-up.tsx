import { Alert, Stack, Text } from '@mantine/core';
import { frenchMonth } from '@passerelle/domain';
import { plural } from '../../../lib/format';

interface FollowUp {
  counted: number;
  limit?: number | null;
  beyondLimit: number;
  psychosocialMonths: readonly { month: string; interviews: number; late: boolean }[];
}

/**
 * Seed 002, lot 1: interviews beyond the lot's maximum per participant, and psychosocial support months below « deux
 * entretiens par mois ». Nothing when all is in order.
 */
export function InterviewFollowUpAlerts({ followUp }: { followUp: FollowUp }) {
  const late = followUp.psychosocialMonths.filter((m) => m.late);
  if (followUp.beyondLimit === 0 && late.length === 0) return null;
  return (
    <Stack gap="xs" mb="sm">
      {followUp.beyondLimit > 0 && (
        <Alert color="orange" title="Au-delà du nombre d’entretiens prévu">
          {plural(followUp.counted, 'entretien')} pour {followUp.limit} au plus par participant :{' '}
          {plural(followUp.beyondLimit, 'entretien')} au-delà du maximum du lot.
        </Alert>
      )}
      {late.length > 0 && (
        <Alert color="orange" title="Soutien psychosocial en retard (deux entretiens par mois)">
          {late.map((m) => (
            <Text key={m.month} size="sm">
              {frenchMonth(m.month)} : {plural(m.interviews, 'entretien')} sur 2
            </Text>
          ))}
        </Alert>
      )}
    </Stack>
  );
}
