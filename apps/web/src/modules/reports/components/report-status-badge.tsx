import { Badge } from '@mantine/core';
import { REPORT_STATUS_LABELS } from '@passerelle/domain';
import { labelOf } from '../../../lib/format';
import { REPORT_STATUS_COLORS } from '../report-rules';

export function ReportStatusBadge({ status }: { status: string }) {
  return (
    <Badge color={REPORT_STATUS_COLORS[status] ?? 'gray'} variant="light">
      {labelOf(REPORT_STATUS_LABELS, status)}
    </Badge>
  );
}
