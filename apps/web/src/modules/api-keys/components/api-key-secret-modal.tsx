import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';

/** The secret exists only in this modal: the API stores a hash and will never return it again. */
export function ApiKeySecretModal({ name, secret, onClose }: { name: string; secret: string; onClose(): void }) {
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Clé d’API « ${name} » créée`}
      size="lg"
      closeOnClickOutside={false}
      closeOnEscape={false}
    >
      <Stack>
        <Alert color="orange" title="Copiez la clé maintenant" role="alert">
          Elle ne sera plus jamais affichée. Si vous la perdez, révoquez-la et créez-en une nouvelle.
        </Alert>
        <Code
          block
          aria-label="Clé secrète"
          data-testid="api-key-secret"
          style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
        >
          {secret}
        </Code>
        <Text size="sm" c="dimmed">
          L’application l’envoie dans l’en-tête <Code>Authorization: Bearer …</Code> de ses requêtes.
        </Text>
        <Group justify="space-between">
          <CopyButton value={secret} timeout={3000}>
            {({ copied, copy }) => (
              <Button color={copied ? 'teal' : 'blue'} onClick={copy} data-autofocus>
                {copied ? 'Clé copiée' : 'Copier la clé'}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onClose}>
            J’ai copié la clé, fermer
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
