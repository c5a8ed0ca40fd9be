import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  PARTICIPANT_DOCUMENT_KINDS,
  ParticipantDocumentSource,
  PROOF_KIND_LABELS,
  ProofKind,
} from '@passerelle/domain';
import { useState } from 'react';
import type { ParticipantDocumentsQuery } from '../../../generated/graphql';
import { formatShortDay } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { PAGE_SIZE } from '../../../lib/pagination';
import { downloadFile } from '../../../lib/download';
import { isParsedError } from '../../../lib/http';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { uploadParticipantDocument } from '../documents-files';
import { PARTICIPANT_DOCUMENTS_QUERY } from '../graphql/participants';

type Document = ParticipantDocumentsQuery['participantDocuments']['edges'][number]['node'];

const KIND_DATA = PARTICIPANT_DOCUMENT_KINDS.map((value) => ({ value, label: PROOF_KIND_LABELS[value] }));
const ACCEPT =
  '.pdf,.png,.jpg,.jpeg,.eml,.txt,.csv,.xlsx,application/pdf,image/png,image/jpeg,message/rfc822,text/plain,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const SOURCE_COLORS: Record<ParticipantDocumentSource, string> = {
  [ParticipantDocumentSource.UPLOADED]: 'grape',
  [ParticipantDocumentSource.LIAISON_SHEET]: 'blue',
  [ParticipantDocumentSource.ATTENDANCE_SHEET]: 'teal',
  [ParticipantDocumentSource.IMMERSION_SHEET]: 'orange',
};

/** The name a downloaded file gets: the file's own name when the row shows another title (session, host). */
const fileNameOf = (d: Document) =>
  d.source === ParticipantDocumentSource.UPLOADED ? d.title : (d.description ?? d.title);

interface UploadValues {
  kind: ProofKind | '';
  file: File | null;
  description: string;
}

/** Puts a document (CV, ID, a mail…) on the file: stored with its hash, kept until the programme's closure. */
function UploadDocumentForm({ participantId }: { participantId: string }) {
  const client = useApolloClient();
  const [sending, setSending] = useState(false);
  const form = useForm<UploadValues>({
    initialValues: { kind: '', file: null, description: '' },
    validate: {
      kind: (value) => (!value ? 'Choisissez la nature du document.' : null),
      file: (value) => (!value ? 'Choisissez le fichier à déposer.' : value.size === 0 ? 'Le fichier est vide.' : null),
      description: (value) => (value.length > 500 ? 'La description fait au plus 500 caractères.' : null),
    },
  });

  async function submit(values: UploadValues) {
    setSending(true);
    try {
      await uploadParticipantDocument(participantId, {
        file: values.file!,
        kind: values.kind,
        description: values.description,
      });
      notifySuccess(`${values.file!.name} est déposé sur le dossier.`, 'Document déposé');
      form.reset();
      await client.refetchQueries({ include: ['ParticipantDocuments', 'ParticipantTimelineDocuments'] });
    } catch (error) {
      const fields = isParsedError(error) ? error.fields : {};
      const known = Object.fromEntries(Object.entries(fields).filter(([field]) => field in values));
      if (Object.keys(known).length > 0) form.setErrors(known);
      else notifyError(error);
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit)} aria-label="Déposer un document sur le dossier">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select
          label="Nature du document"
          placeholder="Choisir"
          data={KIND_DATA}
          required
          key={form.key('kind')}
          {...form.getInputProps('kind')}
        />
        <FileInput
          label="Fichier"
          placeholder="Choisir un fichier"
          accept={ACCEPT}
          clearable
          required
          description="PDF, image, courriel, texte ou tableur"
          key={form.key('file')}
          {...form.getInputProps('file')}
        />
        <TextInput
          label="Description"
          placeholder="ex. CV remis en entretien"
          key={form.key('description')}
          {...form.getInputProps('description')}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button type="submit" loading={sending}>
          Déposer le document
        </Button>
      </Group>
    </form>
  );
}

/** The documents of the file, one page at a time, with a download link when there is a file. */
export function ParticipantDocuments({ participantId, canUpload }: { participantId: string; canUpload: boolean }) {
  const pages = useCursorPages(participantId);
  const [downloading, setDownloading] = useState<string | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(PARTICIPANT_DOCUMENTS_QUERY, {
    variables: { participantId, first: PAGE_SIZE, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.participantDocuments;
  const records = connection?.edges.map((edge) => edge.node) ?? [];

  async function download(d: Document) {
    if (!d.downloadPath) return;
    setDownloading(d.id);
    try {
      await downloadFile(d.downloadPath, fileNameOf(d));
    } catch (err) {
      notifyError(err);
    } finally {
      setDownloading(null);
    }
  }

  return (
    <Stack gap="lg">
      {canUpload && (
        <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="upload-title">
          <Title order={2} size="h4" id="upload-title" mb="xs">
            Déposer un document
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Le fichier est conservé avec son empreinte SHA-256 jusqu’à la clôture du programme ; il ne peut pas être
            supprimé avant.
          </Text>
          <UploadDocumentForm participantId={participantId} />
        </Card>
      )}
      <Stack gap="sm" component="section" aria-labelledby="documents-title">
        <Title order={2} size="h4" id="documents-title">
          Documents du dossier
        </Title>
        <Text size="sm" c="dimmed">
          Pièces déposées, fiches de liaison des prestataires, feuilles d’émargement signées des séances suivies et
          fiches de fin d’immersion, les plus récentes d’abord.
        </Text>
        {error && !connection && <QueryError error={error} onRetry={() => void refetch()} />}
        <RecordsTable
          fetching={loading && !connection}
          noRecordsText="Aucun document pour le moment"
          records={records}
          idAccessor={(d) => `${d.source}-${d.id}`}
          data-testid="participant-documents"
          pagination={{ pages, connection, loading }}
          columns={[
            { accessor: 'date', title: 'Date', noWrap: true, render: (d) => formatShortDay(d.date) },
            {
              accessor: 'kindLabel',
              title: 'Nature',
              render: (d) => (
                <Badge variant="light" color={SOURCE_COLORS[d.source]}>
                  {d.kindLabel}
                </Badge>
              ),
            },
            {
              accessor: 'title',
              title: 'Document',
              render: (d) => (
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {d.title}
                  </Text>
                  {d.description && (
                    <Text size="xs" c="dimmed">
                      {d.description}
                    </Text>
                  )}
                </Stack>
              ),
            },
            { accessor: 'author', title: 'Par', render: (d) => <Text size="sm">{d.author?.fullName ?? '—'}</Text> },
            {
              accessor: 'sha256',
              title: 'Empreinte',
              render: (d) =>
                d.sha256 ? (
                  <Tooltip label={d.sha256} multiline w={300}>
                    <Text size="xs" ff="monospace" tabIndex={0} aria-label={`Empreinte SHA-256 ${d.sha256}`}>
                      {d.sha256.slice(0, 12)}…
                    </Text>
                  </Tooltip>
                ) : (
                  <Text size="xs" c="dimmed">
                    sans fichier
                  </Text>
                ),
            },
            {
              accessor: 'keepUntil',
              title: 'Conservé jusqu’au',
              noWrap: true,
              render: (d) => formatShortDay(d.keepUntil),
            },
            {
              accessor: 'download',
              title: 'Fichier',
              render: (d) =>
                d.downloadPath ? (
                  <Button
                    size="compact-sm"
                    variant="light"
                    loading={downloading === d.id}
                    onClick={() => void download(d)}
                    aria-label={`Télécharger ${fileNameOf(d)}`}
                  >
                    Télécharger
                  </Button>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      </Stack>
    </Stack>
  );
}
