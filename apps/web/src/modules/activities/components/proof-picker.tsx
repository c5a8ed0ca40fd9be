import { useQuery } from '@apollo/client/react';
import { Button, FileButton, Group, Select } from '@mantine/core';
import { PROOF_KIND_LABELS } from '@passerelle/domain';
import { useState } from 'react';
import { formatShortDay, labelOf } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { uploadProof } from '../files';
import { PROOFS_QUERY } from '../graphql/activities';

/**
 * The proof a counted hour links to: one of the lot's latest proofs, or a scan uploaded on the spot (stored with its
 * SHA-256 like any proof). Without a proof, the hour is recorded but not counted.
 */
export function ProofPicker({
  lotId,
  value,
  onChange,
}: {
  lotId: string;
  value: string | null;
  onChange(value: string | null): void;
}) {
  const { data, refetch } = useQuery(PROOFS_QUERY, { variables: { first: 50, filter: { lotId } }, skip: !lotId });
  const [uploading, setUploading] = useState(false);
  const options = (data?.proofs.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.fileName} · ${labelOf(PROOF_KIND_LABELS, node.kind)} · ${formatShortDay(node.uploadedAt.slice(0, 10))}`,
  }));

  async function upload(file: File | null) {
    if (!file) return;
    setUploading(true);
    try {
      const proof = await uploadProof(lotId, 'SCAN', file);
      await refetch();
      onChange(proof.id);
    } catch (error) {
      notifyError(error);
    } finally {
      setUploading(false);
    }
  }

  return (
    <Group align="flex-end" wrap="nowrap">
      <Select
        label="Justificatif"
        description="Sans justificatif, le temps est enregistré mais ne compte pas"
        placeholder={options.length ? 'Choisir un justificatif du lot' : 'Aucun justificatif déposé'}
        data={options}
        value={value}
        onChange={onChange}
        searchable
        clearable
        style={{ flex: 1 }}
      />
      <FileButton
        onChange={(file) => void upload(file)}
        accept="application/pdf,image/png,image/jpeg,message/rfc822,text/plain,text/csv"
      >
        {(props) => (
          <Button variant="default" loading={uploading} disabled={!lotId} {...props}>
            Déposer un scan
          </Button>
        )}
      </FileButton>
    </Group>
  );
}
