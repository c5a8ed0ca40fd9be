import { useQuery } from '@apollo/client/react';
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
import { useDebouncedValue } from '@mantine/hooks';
import {
  OperatorType,
  PATH_STATUS_LABELS,
  PathStatus,
  Permission,
  Programme,
  PROGRAMME_LABELS,
} from '@passerelle/domain';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ageOn, formatShortDay, plural, todayInParis } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { PAGE_SIZE } from '../../../lib/pagination';
import { useMe, useSession } from '../../auth';
import { DayInput } from '../../common/components/day-input';
import { PageHeader } from '../../common/components/page-header';
import { QueryError } from '../../common/components/query-error';
import { RecordsTable } from '../../common/components/records-table';
import { useCursorPages } from '../../common/hooks/use-cursor-pages';
import { PathStatusBadge } from '../../plie';
import { ReferentSelect } from '../components/referent-select';
import { BRANCHES_QUERY, PARTICIPANTS_QUERY } from '../graphql/participants';
import {
  deleteSavedSearch,
  describeFilters,
  EMPTY_FILTERS,
  filtersFromParams,
  filtersToParams,
  hasActiveFilters,
  participantName,
  readSavedSearches,
  saveSearch,
  toParticipantFilter,
  type ParticipantListFilters,
  type SavedSearch,
} from '../participant-rules';

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
  const me = useMe();
  const { can } = useSession();
  const structure = me.currentStructure;
  // PLIE parcours statuses only mean something in a PLIE.
  const isPlie = structure?.operatorType === OperatorType.PLIE;
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  // The name search is typed freely and applied after a pause; the other filters apply at once.
  const [search, setSearch] = useState(filters.search);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const applied: ParticipantListFilters = { ...filters, search: debouncedSearch };
  const key = filtersToParams(applied).toString();
  const pages = useCursorPages(`${structure?.id}|${key}`);
  const [savedSearches, setSavedSearches] = useState<SavedSearch[]>(() =>
    structure ? readSavedSearches(localStorage, me.id, structure.id) : [],
  );
  const [naming, setNaming] = useState(false);
  const [searchName, setSearchName] = useState('');

  // Once the typing has settled, the name search goes to the address bar like the other filters.
  useEffect(() => {
    if (debouncedSearch === search.trim() && debouncedSearch !== filters.search) {
      setParams(filtersToParams({ ...filters, search: debouncedSearch }), { replace: true });
    }
  }, [debouncedSearch, search, filters, setParams]);

  const branchesQuery = useQuery(BRANCHES_QUERY, { variables: { id: structure?.id ?? '' }, skip: !structure });
  const branches = branchesQuery.data?.structure.branches ?? [];
  const branchNames = Object.fromEntries(branches.map((b) => [b.id, b.name]));
  const { data, previousData, loading, error, refetch } = useQuery(PARTICIPANTS_QUERY, {
    variables: { first: PAGE_SIZE, after: pages.after, filter: toParticipantFilter(applied) },
    skip: !structure,
  });
  const connection = (data ?? previousData)?.participants;
  const records = connection?.edges.map((edge) => edge.node) ?? [];
  const today = todayInParis();

  if (!structure) return <Text>Choisissez d’abord une structure.</Text>;
  const structureId = structure.id;

  function setFilters(next: ParticipantListFilters) {
    setParams(filtersToParams(next), { replace: true });
  }
  function update<K extends keyof ParticipantListFilters>(field: K, value: ParticipantListFilters[K]) {
    setFilters({ ...applied, [field]: value });
  }
  function applySaved(saved: SavedSearch) {
    setSearch(saved.filters.search);
    setFilters(saved.filters);
  }
  function reset() {
    setSearch('');
    setFilters(EMPTY_FILTERS);
  }
  function confirmSave() {
    if (!searchName.trim()) return;
    setSavedSearches(saveSearch(localStorage, me.id, structureId, { name: searchName, filters: applied }));
    notifySuccess(`La recherche « ${searchName.trim()} » est enregistrée sur ce poste.`);
    setNaming(false);
    setSearchName('');
  }

  return (
    <Stack gap="md">
      <PageHeader
        title="Participants"
        description={`${structure.name}${connection ? ` · ${plural(connection.totalCount, 'personne')}` : ''}`}
        actions={
          can(Permission.PARTICIPANTS_WRITE) && (
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
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
          <DayInput
            label="Date de naissance"
            description="Pour retrouver une personne"
            value={filters.birthDate}
            onChange={(value) => update('birthDate', value)}
          />
          {isPlie && (
            <Select
              label="Statut du parcours PLIE"
              description="Un parcours de la personne"
              data={STATUS_OPTIONS}
              value={filters.pathStatus}
              onChange={(value) => update('pathStatus', (value ?? '') as PathStatus | '')}
              allowDeselect={false}
            />
          )}
          <Select
            label="Données FSE+"
            description="Questionnaire d’entrée"
            data={FSE_OPTIONS}
            value={filters.fseIncomplete}
            onChange={(value) => update('fseIncomplete', (value ?? '') as ParticipantListFilters['fseIncomplete'])}
            allowDeselect={false}
          />
          <Select
            label="Antenne"
            data={[
              { value: '', label: 'Toutes les antennes' },
              ...branches.map((b) => ({ value: b.id, label: b.name })),
            ]}
            value={filters.branchId}
            onChange={(value) => update('branchId', value ?? '')}
            allowDeselect={false}
          />
          <ReferentSelect
            label="Référent·e"
            value={filters.referentUserId}
            onChange={(value) => update('referentUserId', value)}
          />
          <Select
            label="Dispositif"
            data={PROGRAMME_OPTIONS}
            value={filters.programme}
            onChange={(value) => update('programme', (value ?? '') as Programme | '')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Group gap="xs" wrap="wrap">
          <Button variant="default" size="xs" onClick={reset} disabled={!hasActiveFilters(applied)}>
            Effacer les filtres
          </Button>
          <Button variant="light" size="xs" onClick={() => setNaming(true)} disabled={!hasActiveFilters(applied)}>
            Enregistrer cette recherche
          </Button>
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button variant="subtle" size="xs" disabled={savedSearches.length === 0}>
                Mes recherches ({savedSearches.length})
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Enregistrées sur ce poste</Menu.Label>
              {savedSearches.map((saved) => (
                <Menu.Item key={saved.name} onClick={() => applySaved(saved)}>
                  <Text size="sm" fw={500}>
                    {saved.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {describeFilters(saved.filters, { branches: branchNames })}
                  </Text>
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          {savedSearches.length > 0 && (
            <Group gap={4} wrap="wrap" aria-label="Recherches enregistrées">
              {savedSearches.slice(0, 5).map((saved) => (
                <Badge
                  key={saved.name}
                  variant="outline"
                  size="lg"
                  component="span"
                  rightSection={
                    <Tooltip label={`Supprimer « ${saved.name} »`}>
                      <ActionIcon
                        size="xs"
                        variant="transparent"
                        aria-label={`Supprimer la recherche « ${saved.name} »`}
                        onClick={() =>
                          setSavedSearches(deleteSavedSearch(localStorage, me.id, structureId, saved.name))
                        }
                      >
                        ×
                      </ActionIcon>
                    </Tooltip>
                  }
                >
                  <Anchor component="button" type="button" size="xs" onClick={() => applySaved(saved)}>
                    {saved.name}
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
          hasActiveFilters(applied)
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
            render: (p) => formatShortDay(p.currentPliePath?.lastContactOn, '—'),
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
      <Modal opened={naming} onClose={() => setNaming(false)} title="Enregistrer la recherche">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            confirmSave();
          }}
        >
          <Stack>
            <Text size="sm" c="dimmed">
              {describeFilters(applied, { branches: branchNames })}
            </Text>
            <TextInput
              label="Nom de la recherche"
              description="Enregistrée dans ce navigateur, pour vous seul·e et cette structure ; une recherche du même nom est remplacée."
              required
              data-autofocus
              value={searchName}
              onChange={(event) => setSearchName(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                Annuler
              </Button>
              <Button type="submit" disabled={!searchName.trim()}>
                Enregistrer
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
