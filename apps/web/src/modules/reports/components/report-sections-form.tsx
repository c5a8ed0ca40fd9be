import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { REPORT_NARRATIVE_MAX_LENGTH } from '@passerelle/domain';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { UPDATE_REPORT } from '../graphql/reports';
import { changedSections } from '../report-rules';

interface Section {
  key: string;
  title: string;
  text?: string | null;
}

/** The qualitative sections: written while the report is a draft (or returned), read-only once submitted. */
export function ReportSectionsForm({
  reportId,
  version,
  sections,
  editable,
}: {
  reportId: string;
  version: number;
  sections: Section[];
  editable: boolean;
}) {
  const [edited, setEdited] = useState<Record<string, string>>(() =>
    Object.fromEntries(sections.map((s) => [s.key, s.text ?? ''])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [save, { loading }] = useMutation(UPDATE_REPORT);
  const changes = changedSections(sections, edited);

  async function handleSave() {
    setErrors({});
    try {
      const result = await save({ variables: { input: { id: reportId, version, sections: changes } } });
      const saved = result.data?.updateReport.sections ?? [];
      setEdited(Object.fromEntries(saved.map((s) => [s.key, s.text ?? ''])));
      notifySuccess('Les parties rédigées sont enregistrées.');
    } catch (error) {
      const parsed = notifyError(error);
      const byKey: Record<string, string> = {};
      for (const [field, message] of Object.entries(parsed.fields)) {
        const match = /^sections\.(\d+)\.text$/.exec(field);
        if (match && changes[Number(match[1])]) byKey[changes[Number(match[1])].key] = message;
      }
      setErrors(byKey);
    }
  }

  if (!editable) {
    return (
      <Stack gap="sm">
        {sections.map((section) => (
          <Card withBorder key={section.key} component="section" aria-label={section.title}>
            <Title order={3} size="h5" mb={4}>
              {section.title}
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={section.text ? undefined : 'dimmed'}>
              {section.text || 'Partie non rédigée.'}
            </Text>
          </Card>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      {sections.map((section) => (
        <Textarea
          key={section.key}
          label={section.title}
          autosize
          minRows={3}
          maxRows={16}
          maxLength={REPORT_NARRATIVE_MAX_LENGTH}
          value={edited[section.key] ?? ''}
          error={errors[section.key]}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setEdited((current) => ({ ...current, [section.key]: text }));
          }}
        />
      ))}
      <Group>
        <Button onClick={() => void handleSave()} loading={loading} disabled={changes.length === 0}>
          Enregistrer les parties rédigées
        </Button>
        {changes.length > 0 && (
          <Text size="sm" c="dimmed">
            {changes.length} partie{changes.length > 1 ? 's' : ''} modifiée{changes.length > 1 ? 's' : ''}, non
            enregistrée{changes.length > 1 ? 's' : ''}.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
