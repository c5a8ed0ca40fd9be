import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { PATH_STATUS_LABELS, PathStatus, Programme, PROGRAMME_LABELS } from '@passerelle/domain';
import { Link } from 'react-router';
import { ageOn, formatShortDay, plural, todayInParis } from '../../../lib/format';
import { DayInput } from '../../common/components/day-input';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { PathStatusBadge } from '../../plie';
import { ReferentSelect } from '../components/referent-select';
import { useParticipants } from '../hooks/use-participants';
import { describeFilters, hasActiveFilters, participantName, type ParticipantListFilters } from '../participant-rules';

const STATUS_OPTIONS = [
  { value: '', label: 'Tous les statuts' },
  ...Object.values(PathStatus).map((value) => ({ value, label: PATH_STATUS_LABELS[value] })),
];
const PROGRAMME_OPTIONS = [
  { value: '', label: 'Tous les dispositifs' },
  ...Object.values(Programme).map((value) => ({ value, label: PROGRAMME_LABELS[value] })),
];
const FSE_OPTIONS = [
  { value: '', label: 'Toutes les fiches' },
  { value: 'yes', label: 'Données FSE+ à compléter' },
  { value: 'no', label: 'Données FSE+ complètes' },
];

export function ParticipantsPage() {
  const view = useParticipants();
  const { pages, connection, records, loading, error, refetch } = view.list;
  const today = todayInParis();

  if (!view.structure) return <Text>Choisissez d’abord une structure.</Text>;

  return (
    <Stack gap="md">
      <PageHeader
        title="Participants"
        description={`${view.structure.name}${connection ? ` · ${plural(connection.totalCount, 'personne')}` : ''}`}
        actions={
          view.canWrite && (
            <Button component={Link} to="/participants/nouveau">
              Nouveau participant
            </Button>
          )
        }
      />
      <Stack gap="sm" role="search" aria-label="Filtrer les participants">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput
            label="Nom ou prénom"
            description="Début du nom, sans accents ni majuscules"
            placeholder="Ex. : lef mar"
            value={view.search}
            onChange={(event) => view.setSearch(event.currentTarget.value)}
          />
          <DayInput
            label="Date de naissance"
            description="Pour retrouver une personne"
            value={view.filters.birthDate}
            onChange={(value) => view.update('birthDate', value)}
          />
          {view.isPlie && (
            <Select
              label="Statut du parcours PLIE"
              description="Un parcours de la personne"
              data={STATUS_OPTIONS}
              value={view.filters.pathStatus}
              onChange={(value) => view.update('pathStatus', (value ?? '') as PathStatus | '')}
              allowDeselect={false}
            />
          )}
          <Select
            label="Données FSE+"
            description="Questionnaire d’entrée"
            data={FSE_OPTIONS}
            value={view.filters.fseIncomplete}
            onChange={(value) => view.update('fseIncomplete', (value ?? '') as ParticipantListFilters['fseIncomplete'])}
            allowDeselect={false}
          />
          <Select
            label="Antenne"
            data={[
              { value: '', label: 'Toutes les antennes' },
              ...view.branches.map((b) => ({ value: b.id, label: b.name })),
            ]}
            value={view.filters.branchId}
            onChange={(value) => view.update('branchId', value ?? '')}
            allowDeselect={false}
          />
          <ReferentSelect
            label="Référent·e"
            value={view.filters.referentUserId}
            onChange={(value) => view.update('referentUserId', value)}
          />
          <Select
            label="Dispositif"
            data={PROGRAMME_OPTIONS}
            value={view.filters.programme}
            onChange={(value) => view.update('programme', (value ?? '') as Programme | '')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Group gap="xs" wrap="wrap">
          <Button variant="default" size="xs" onClick={view.reset} disabled={!hasActiveFilters(view.applied)}>
            Effacer les filtres
          </Button>
          <Button
            variant="light"
            size="xs"
            onClick={() => view.naming.setOpened(true)}
            disabled={!hasActiveFilters(view.applied)}
          >
            Enregistrer cette recherche
          </Button>
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button variant="subtle" size="xs" disabled={view.saved.searches.length === 0}>
                Mes recherches ({view.saved.searches.length})
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Enregistrées sur ce poste</Menu.Label>
              {view.saved.searches.map((item) => (
                <Menu.Item key={item.name} onClick={() => view.saved.apply(item)}>
                  <Text size="sm" fw={500}>
                    {item.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {describeFilters(item.filters, { branches: view.branchNames })}
                  </Text>
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          {view.saved.searches.length > 0 && (
            <Group gap={4} wrap="wrap" aria-label="Recherches enregistrées">
              {view.saved.searches.slice(0, 5).map((item) => (
                <Badge
                  key={item.name}
                  variant="outline"
                  size="lg"
                  component="span"
                  rightSection={
                    <Tooltip label={`Supprimer « ${item.name} »`}>
                      <ActionIcon
                        size="xs"
                        variant="transparent"
                        aria-label={`Supprimer la recherche « ${item.name} »`}
                        onClick={() => view.saved.remove(item.name)}
                      >
                        ×
                      </ActionIcon>
                    </Tooltip>
                  }
                >
                  <Anchor component="button" type="button" size="xs" onClick={() => view.saved.apply(item)}>
                    {item.name}
                  </Anchor>
                </Badge>
              ))}
            </Group>
          )}
        </Group>
      </Stack>
      {error && !connection && <QueryError error={error} onRetry={() => void refetch()} />}
      <RecordsTable
        highlightOnHover
        emptyHeight={180}
        fetching={loading}
        noRecordsText={
          hasActiveFilters(view.applied)
            ? 'Aucun participant ne correspond à ces critères'
            : 'Aucun participant pour le moment'
        }
        records={records}
        pagination={{ pages, connection, loading }}
        columns={[
          {
            accessor: 'lastName',
            title: 'Nom',
            render: (p) => (
              <Anchor component={Link} to={`/participants/${p.id}`} fw={500} size="sm">
                {participantName(p)}
              </Anchor>
            ),
          },
          {
            accessor: 'birthDate',
            title: 'Naissance',
            noWrap: true,
            render: (p) => `${formatShortDay(p.birthDate)} (${ageOn(p.birthDate, today) ?? '?'} ans)`,
          },
          {
            accessor: 'branch',
            title: 'Antenne',
            render: (p) =>
              p.branch?.name ?? (
                <Text c="dimmed" size="sm">
                  Non rattaché·e
                </Text>
              ),
          },
          {
            accessor: 'referent',
            title: 'Référent·e',
            render: (p) =>
              p.referent?.fullName ?? (
                <Text c="dimmed" size="sm">
                  Aucun·e
                </Text>
              ),
          },
          {
            accessor: 'currentPliePath',
            title: 'Parcours',
            render: (p) =>
              p.currentPliePath ? (
                <Group gap={4} wrap="nowrap">
                  <PathStatusBadge status={p.currentPliePath.status} />
                  {p.currentPliePath.withoutContact && (
                    <Badge color="orange" variant="light">
                      Sans contact
                    </Badge>
                  )}
                </Group>
              ) : (
                <Text c="dimmed" size="sm">
                  {p.programme === Programme.PLIE ? 'Aucun parcours en cours' : PROGRAMME_LABELS[p.programme]}
                </Text>
              ),
          },
          {
            accessor: 'lastContactOn',
            title: 'Dernier contact',
            noWrap: true,
            render: (p) => formatShortDay(p.lastContactOn, '—'),
          },
          {
            accessor: 'fseEntryMissing',
            title: 'FSE+',
            render: (p) =>
              p.fseEntryMissing.length === 0 ? (
                <Badge color="teal" variant="light">
                  Complet
                </Badge>
              ) : (
                <Badge color="orange" variant="light" title={p.fseEntryMissing.join(', ')}>
                  {plural(p.fseEntryMissing.length, 'donnée manquante', 'données manquantes')}
                </Badge>
              ),
          },
        ]}
      />
      <Modal opened={view.naming.opened} onClose={() => view.naming.setOpened(false)} title="Enregistrer la recherche">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            view.naming.confirm();
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {describeFilters(view.applied, { branches: view.branchNames })}
            </Text>
            <TextInput
              label="Nom de la recherche"
              description="Enregistrée dans ce navigateur, pour vous seul·e et cette structure ; une recherche du même nom est remplacée."
              required
              data-autofocus
              value={view.naming.name}
              onChange={(event) => view.naming.setName(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => view.naming.setOpened(false)}>
                Annuler
              </Button>
              <Button type="submit" disabled={!view.naming.name.trim()}>
                Enregistrer
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
