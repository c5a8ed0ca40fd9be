import { Badge, Group, Tooltip } from '@mantine/core';
import { ORIENTATION_STATUS_LABELS } from '@passerelle/domain';
import { formatShortDay, labelOf, todayInParis } from '../../../lib/format';
import { deadlineBadge, ORIENTATION_STATUS_COLORS, type DeadlineLike } from '../activity-rules';

export function OrientationStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={ORIENTATION_STATUS_COLORS[status] ?? 'gray'} variant="light">
      {labelOf(ORIENTATION_STATUS_LABELS, status)}
    </Badge>
  );
}

export function DeadlineBadge({ deadline, label }: { deadline: DeadlineLike | null | undefined; label?: string }) {
  if (!deadline) return null;
  const badge = deadlineBadge(deadline, todayInParis(), (day) => formatShortDay(day));
  return (
    <Tooltip label={`Échéance : ${formatShortDay(deadline.dueOn)}`} withArrow>
      <Badge
        color={badge.color}
        variant={deadline.status === 'OVERDUE' ? 'filled' : 'light'}
        data-late={deadline.late || undefined}
      >
        {label ? `${label} : ` : ''}
        {badge.label}
      </Badge>
    </Tooltip>
  );
}

/** The entry sheet, then the exit sheet once it is due. */
export function SheetDeadlines({
  entrySheet,
  exitSheet,
}: {
  entrySheet: DeadlineLike;
  exitSheet?: DeadlineLike | null;
}) {
  return (
    <Group gap={4} wrap="wrap">
      <DeadlineBadge deadline={entrySheet} label="Entrée" />
      {exitSheet && <DeadlineBadge deadline={exitSheet} label="Sortie" />}
    </Group>
  );
}
