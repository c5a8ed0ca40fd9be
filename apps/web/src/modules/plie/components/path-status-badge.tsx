import { Badge, type BadgeProps } from '@mantine/core';
import { PATH_STATUS_LABELS, type PathStatus } from '@passerelle/domain';
import { PATH_STATUS_COLORS } from '../path-rules';

export function PathStatusBadge({ status, ...props }: { status: PathStatus } & BadgeProps) {
  return (
    <Badge color={PATH_STATUS_COLORS[status]} variant="light" {...props}>
      {PATH_STATUS_LABELS[status]}
    </Badge>
  );
}
