import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, FileInput, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { PliePathFieldsFragment } from '../../../generated/graphql';
import { formatDateTime, formatDay, todayInParis } from '../../../lib/format';
import { notifyError, notifySuccess, showFormError } from '../../../lib/notify';
import { downloadProof, uploadProof } from '../../activities';
import { DayInput } from '../../common/components/day-input';
import { FormActions } from '../../common/components/form-actions';
import { uploadParticipantDocument } from '../../participants';
import { PARTICIPANT_LOTS_QUERY, RECORD_PATH_CONSENT_MUTATION } from '../graphql/paths';

type Path = Pick<PliePathFieldsFragment, 'id' | 'version' | 'participantId' | 'orientedOn' | 'consent'>;

const ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';
const DESCRIPTION = 'Adhésion au PLIE : libre adhésion, droits et obligations';

/**
 * Seed 002 §6: « le participant a bien pris connaissance de ses droits et obligations … et de sa libre adhésion ».
 * Shown on the path; the provider's référent records it before any follow-up.
 */
export function PathConsentCard({
  path,
  canRecord,
  side,
}: {
  path: Path;
  canRecord: boolean;
  side: 'operator' | 'provider';
}) {
  const [recording, setRecording] = useState(false);
  const consent = path.consent;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="consent-title">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={2} size="h4" id="consent-title">
            Adhésion et consentement
          </Title>
          {consent ? (
            <Text size="sm" data-testid="consent-summary">
              Libre adhésion et prise de connaissance des droits et obligations le {formatDay(consent.givenOn)},
              enregistrées par {consent.recordedBy?.fullName ?? 'une intégration'} le{' '}
              {formatDateTime(consent.recordedAt)}
              {consent.proof && (
                <>
                  {' · '}
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={() => downloadProof(consent.proof!.id, consent.proof!.fileName).catch(notifyError)}
                  >
                    {consent.proof.fileName}
                  </Anchor>
                </>
              )}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              Pas encore enregistrée : le ou la référent·e d’un prestataire ne peut assurer aucun suivi avant.
            </Text>
          )}
        </Stack>
        {canRecord && !consent && <Button onClick={() => setRecording(true)}>Enregistrer le consentement</Button>}
      </Group>
      {recording && <RecordConsentModal path={path} side={side} onClose={() => setRecording(false)} />}
    </Card>
  );
}

export function RecordConsentModal({
  path,
  side,
  onClose,
}: {
  path: Path;
  side: 'operator' | 'provider';
  onClose(): void;
}) {
  const [record, { loading }] = useMutation(RECORD_PATH_CONSENT_MUTATION, {
    refetchQueries: ['MyPortfolio', 'ParticipantDocuments'],
  });
  const lots = useQuery(PARTICIPANT_LOTS_QUERY, {
    variables: { participantId: path.participantId },
    skip: side !== 'provider',
  });
  const lotOptions = (lots.data?.orientations.edges ?? [])
    .filter(({ node }) => node.status === 'PENDING_ENTRY' || node.status === 'ENTERED')
    .map(({ node }) => ({ value: node.lot.id, label: `Lot ${node.lot.number} · ${node.lot.title}` }));
  const form = useForm({
    initialValues: { givenOn: todayInParis(), file: null as File | null, lotId: '' },
    validate: {
      givenOn: (value) =>
        !value
          ? 'La date est obligatoire.'
          : value < path.orientedOn
            ? `L’accord ne peut pas précéder l’orientation (${formatDay(path.orientedOn)}).`
            : null,
      file: (value) => (value ? null : 'Joignez le document signé par la personne.'),
      lotId: (value, values) =>
        side === 'provider' && !(value || lotOptions[0]?.value) && values.file ? 'Choisissez le lot.' : null,
    },
  });
  async function submit(values: typeof form.values) {
    try {
      const proof =
        side === 'provider'
          ? await uploadProof(values.lotId || lotOptions[0]!.value, 'SCAN', values.file!, DESCRIPTION)
          : await uploadParticipantDocument(path.participantId, {
              file: values.file!,
              kind: 'SCAN',
              description: DESCRIPTION,
            });
      await record({
        variables: { input: { pathId: path.id, version: path.version, givenOn: values.givenOn, proofId: proof.id } },
      });
      notifySuccess('Le consentement de la personne est enregistré.');
      onClose();
    } catch (error) {
      showFormError(form, error, { proofId: 'file' });
    }
  }
  return (
    <Modal opened onClose={onClose} title="Adhésion au PLIE et consentement" size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <Alert variant="light" color="blue">
            La personne a pris connaissance de ses droits et obligations, du champ d’intervention du PLIE, et adhère
            librement à son parcours. Joignez le document qu’elle a signé.
          </Alert>
          <DayInput label="Date de l’accord" required data-autofocus {...form.getInputProps('givenOn')} w={220} />
          {side === 'provider' && lotOptions.length > 1 && (
            <Select label="Lot" data={lotOptions} allowDeselect={false} {...form.getInputProps('lotId')} />
          )}
          <FileInput
            label="Document signé"
            placeholder="Choisir un fichier"
            accept={ACCEPT}
            required
            clearable
            description="PDF ou image du document signé"
            {...form.getInputProps('file')}
          />
          <FormActions onCancel={onClose} loading={loading} submitLabel="Enregistrer le consentement" />
        </Stack>
      </form>
    </Modal>
  );
}
