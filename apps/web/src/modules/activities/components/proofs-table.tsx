import { useQuery } from '@apollo/client/react';
import { Button, Code, FileButton, Group, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { PROOF_KIND_LABELS } from '@passerelle/domain';
import { useState } from 'react';
import { formatDateTime, formatDay, labelOf, optionsOf } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { PAGE_SIZE } from '../../../lib/pagination';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { downloadProof, uploadProof } from '../files';
import { PROOFS_QUERY } from '../graphql/activities';

const UPLOADABLE = optionsOf(PROOF_KIND_LABELS).filter((o) => o.value !== 'SIGNED_ATTENDANCE_SHEET');

/** The proofs of a lot, with their SHA-256 and retention date; download, and (for the provider) upload of a scan. */
export function ProofsTable({
  lotId,
  canUpload,
  description,
}: {
  lotId: string;
  canUpload: boolean;
  description?: string;
}) {
  const pages = useCursorPages(`proofs-${lotId}`);
  const { data, previousData, loading, error, refetch } = useQuery(PROOFS_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, filter: { lotId } },
  });
  const connection = (data ?? previousData)?.proofs;
  const records = connection?.edges.map((e) => e.node) ?? [];
  const [kind, setKind] = useState('SCAN');
  const [uploading, setUploading] = useState(false);

  async function upload(file: File | null) {
    if (!file) return;
    setUploading(true);
    try {
      const proof = await uploadProof(lotId, kind, file, description);
      notifySuccess(`Justificatif enregistré (empreinte ${proof.sha256.slice(0, 12)}…).`);
      await refetch();
    } catch (e) {
      notifyError(e);
    } finally {
      setUploading(false);
    }
  }

  async function download(id: string, fileName: string) {
    try {
      await downloadProof(id, fileName);
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <Stack gap="sm">
      {canUpload && (
        <Group align="flex-end">
          <Select
            label="Nature du justificatif"
            allowDeselect={false}
            data={UPLOADABLE}
            value={kind}
            onChange={(v) => v && setKind(v)}
            w={260}
          />
          <FileButton
            onChange={(file) => void upload(file)}
            accept="application/pdf,image/png,image/jpeg,message/rfc822,text/plain,text/csv"
          >
            {(props) => (
              <Button variant="default" loading={uploading} {...props}>
                Déposer un justificatif
              </Button>
            )}
          </FileButton>
        </Group>
      )}
      {error && !connection && <QueryError error={error} onRetry={() => void refetch()} />}
      <RecordsTable
        fetching={loading}
        noRecordsText="Aucun justificatif"
        records={records}
        aria-label="Justificatifs"
        pagination={{ pages, connection, loading }}
        columns={[
          { accessor: 'uploadedAt', title: 'Déposé le', render: (p) => formatDateTime(p.uploadedAt) },
          { accessor: 'kind', title: 'Nature', render: (p) => labelOf(PROOF_KIND_LABELS, p.kind) },
          {
            accessor: 'fileName',
            title: 'Fichier',
            render: (p) => (
              <Stack gap={0}>
                <Text size="sm">{p.fileName}</Text>
                {p.description && (
                  <Text size="xs" c="dimmed">
                    {p.description}
                  </Text>
                )}
              </Stack>
            ),
          },
          {
            accessor: 'sha256',
            title: 'Empreinte SHA-256',
            render: (p) => (
              <Code fz="xs" style={{ wordBreak: 'break-all' }} data-testid="proof-sha256">
                {p.sha256}
              </Code>
            ),
          },
          { accessor: 'keepUntil', title: 'Conservé jusqu’au', render: (p) => formatDay(p.keepUntil) },
          {
            accessor: 'download',
            title: <VisuallyHidden>Fichier</VisuallyHidden>,
            render: (p) => (
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => void download(p.id, p.fileName)}
                aria-label={`Télécharger ${p.fileName}`}
              >
                Télécharger
              </Button>
            ),
          },
        ]}
      />
    </Stack>
  );
}
