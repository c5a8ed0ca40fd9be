import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { notifyError } from '../../../lib/notify';
import { downloadFile } from '../../../lib/download';
import { reportFilePath, type ReportFormat } from '../report-rules';

/** XLSX (a sheet per table) and PDF of a report, with the same figures as the screen. */
export function ReportDownloads({ reportId, size = 'sm' }: { reportId: string; size?: 'xs' | 'sm' }) {
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  async function download(format: ReportFormat) {
    setBusy(format);
    try {
      await downloadFile(reportFilePath(reportId, format), `bilan.${format}`, { serverName: true });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(null);
    }
  }
  return (
    <Group gap="xs">
      <Button variant="default" size={size} loading={busy === 'xlsx'} onClick={() => void download('xlsx')}>
        Télécharger en XLSX
      </Button>
      <Button variant="default" size={size} loading={busy === 'pdf'} onClick={() => void download('pdf')}>
        Télécharger en PDF
      </Button>
    </Group>
  );
}
