import { Alert, Button, Center, Container, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import type { ParsedApiError } from '../../../lib/api-errors';
import { formatDay } from '../../../lib/format';
import { isParsedError } from '../../../lib/http';
import { fetchSigningInfo, postSignature, type SigningInfo } from '../files';
import { AccessibilityLink } from '../../accessibility';
import { SignaturePad, type SignaturePadHandle } from '../components/signature-pad';

function messageOf(error: unknown): string {
  return isParsedError(error)
    ? (error as ParsedApiError).message
    : 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.';
}

/**
 * Public page opened from a one-time signing link (QR code or message): the participant sees the session and their
 * name, signs on the screen, and the link is used up.
 */
export function SignPage() {
  const { token = '' } = useParams();
  const [info, setInfo] = useState<SigningInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [hasDrawing, setHasDrawing] = useState(false);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [signed, setSigned] = useState(false);
  const pad = useRef<SignaturePadHandle>(null);

  useEffect(() => {
    let cancelled = false;
    fetchSigningInfo(token).then(
      (result) => {
        if (!cancelled) setInfo(result);
      },
      (error: unknown) => {
        if (!cancelled) setLoadError(messageOf(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [token]);

  async function sign() {
    const signature = pad.current?.toDataUrl();
    if (!signature) return;
    setSending(true);
    setSendError(null);
    try {
      await postSignature(token, signature);
      setSigned(true);
    } catch (error) {
      setSendError(messageOf(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <Container size="sm" py="xl" component="main">
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={1} size="h3">
            Feuille d’émargement
          </Title>
          {loadError ? (
            <Alert color="orange" title="Ce lien ne permet pas de signer" role="alert">
              {loadError}
            </Alert>
          ) : !info ? (
            <Skeleton height={160} />
          ) : signed ? (
            <Alert color="teal" title="Merci, votre présence est enregistrée" role="status">
              Vous avez signé la feuille d’émargement de la séance « {info.title} » du {formatDay(info.date)}. Vous
              pouvez rendre la tablette ou fermer cette page.
            </Alert>
          ) : (
            <>
              <Stack gap={2}>
                <Text fw={600} size="lg">
                  {info.firstName} {info.lastName}
                </Text>
                <Text>
                  {info.title} · {formatDay(info.date)} à {info.startTime}
                </Text>
                <Text c="dimmed">{info.place}</Text>
              </Stack>
              <Text size="sm">En signant, vous attestez votre présence à cette séance.</Text>
              <SignaturePad ref={pad} onChange={setHasDrawing} />
              {sendError && (
                <Alert color="red" role="alert">
                  {sendError}
                </Alert>
              )}
              <Center>
                <Button size="md" onClick={() => void sign()} disabled={!hasDrawing} loading={sending}>
                  Je signe
                </Button>
              </Center>
            </>
          )}
        </Stack>
      </Paper>
      <Center mt="md">
        <AccessibilityLink />
      </Center>
    </Container>
  );
}
