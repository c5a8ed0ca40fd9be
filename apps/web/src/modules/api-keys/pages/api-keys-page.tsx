import { Badge, Button, Code, List, Stack, Text } from '@mantine/core';
import { PERMISSION_LABELS, type Permission } from '@passerelle/domain';
import { formatDate, formatDateTime, plural } from '../../../lib/format';
import { ConfirmModal } from '../../common/components/confirm-modal';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { ApiKeySecretModal } from '../components/api-key-secret-modal';
import { CreateApiKeyModal } from '../components/create-api-key-modal';
import { useApiKeys } from '../hooks/use-api-keys';

function scopeLabel(scope: string): string {
  return PERMISSION_LABELS[scope as Permission] ?? scope;
}

export function ApiKeysPage() {
  const { me, creating, setCreating, created, setCreated, revoking, setRevoking, revocation, confirmRevoke, list } =
    useApiKeys();

  return (
    <Stack gap="md">
      <PageHeader
        title="Clés d’API"
        description={
          <>
            Accès des logiciels partenaires à l’API de {me.currentStructure?.name ?? 'votre structure'}
            {list.connection ? ` · ${plural(list.connection.totalCount, 'clé')}` : ''}
          </>
        }
        actions={<Button onClick={() => setCreating(true)}>Nouvelle clé</Button>}
      />
      {list.error && !list.connection && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <RecordsTable
        highlightOnHover
        emptyHeight={180}
        fetching={list.loading}
        noRecordsText="Aucune clé d’API"
        records={list.records}
        rowStyle={(key) => (key.revokedAt ? { opacity: 0.6 } : undefined)}
        pagination={list}
        columns={[
          {
            accessor: 'name',
            title: 'Nom',
            render: (key) => (
              <Text size="sm" fw={500}>
                {key.name}
              </Text>
            ),
          },
          { accessor: 'prefix', title: 'Début de la clé', render: (key) => <Code>{key.prefix}…</Code> },
          {
            accessor: 'scopes',
            title: 'Droits',
            render: (key) => (
              <List size="sm" spacing={2} listStyleType="none">
                {key.scopes.map((scope) => (
                  <List.Item key={scope} title={scope}>
                    {scopeLabel(scope)}
                  </List.Item>
                ))}
              </List>
            ),
          },
          { accessor: 'createdAt', title: 'Créée le', render: (key) => formatDateTime(key.createdAt), noWrap: true },
          {
            accessor: 'expiresAt',
            title: 'Valable jusqu’au',
            render: (key) => formatDate(key.expiresAt, 'Sans limite'),
            noWrap: true,
          },
          {
            accessor: 'lastUsedAt',
            title: 'Dernière utilisation',
            render: (key) => formatDateTime(key.lastUsedAt, 'Jamais'),
            noWrap: true,
          },
          {
            accessor: 'revokedAt',
            title: 'État',
            noWrap: true,
            render: (key) =>
              key.revokedAt ? (
                <Text size="sm" c="dimmed" title={`Révoquée le ${formatDateTime(key.revokedAt)}`}>
                  Révoquée le {formatDate(key.revokedAt)}
                </Text>
              ) : (
                <Badge color="teal" variant="light">
                  Active
                </Badge>
              ),
          },
          {
            accessor: 'actions',
            title: 'Actions',
            textAlign: 'right',
            render: (key) =>
              key.revokedAt ? null : (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => setRevoking(key)}
                  aria-label={`Révoquer la clé ${key.name}`}
                >
                  Révoquer
                </Button>
              ),
          },
        ]}
      />
      {creating && (
        <CreateApiKeyModal
          onClose={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
          }}
        />
      )}
      {created && (
        <ApiKeySecretModal name={created.apiKey.name} secret={created.secret} onClose={() => setCreated(null)} />
      )}
      <ConfirmModal
        opened={revoking !== null}
        title="Révoquer la clé d’API"
        confirmLabel="Révoquer"
        loading={revocation.loading}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      >
        Les applications qui utilisent la clé « {revoking?.name} » n’auront plus accès à l’API, immédiatement et
        définitivement.
      </ConfirmModal>
    </Stack>
  );
}
