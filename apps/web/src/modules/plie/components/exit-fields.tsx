import { Select, SimpleGrid } from '@mantine/core';
import { EXIT_REASON_LABELS, ExitReason } from '@passerelle/domain';
import { DayInput } from '../../common/components/day-input';

const REASON_OPTIONS = Object.values(ExitReason).map((value) => ({ value, label: EXIT_REASON_LABELS[value] }));

/** An exit's day and reason, side by side (the form's `date` and `reason` input props). */
export function ExitFields({ dateLabel, date, reason }: { dateLabel: string; date: object; reason: object }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <DayInput label={dateLabel} required data-autofocus {...date} />
      <Select label="Motif de sortie" data={REASON_OPTIONS} required allowDeselect={false} {...reason} />
    </SimpleGrid>
  );
}
