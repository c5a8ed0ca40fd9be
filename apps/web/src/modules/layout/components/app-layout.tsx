import {
  AppShell,
  Avatar,
  Box,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { OperatorType, Permission, ROLE_LABELS, StructureKind } from '@passerelle/domain';
import { Link, matchPath, Outlet, useLocation, useNavigate } from 'react-router';
import { useMe, useSession } from '../../auth';
import { AccessibilityLink } from '../../accessibility';
import { NotificationBell } from '../../notifications';
import { StructureSwitcher } from './structure-switcher';

interface NavEntry {
  to: string;
  label: string;
  /** Any of these permissions shows the entry. */
  permissions?: Permission[];
  /** Only in a PLIE (committees and portfolios are PLIE parcours). */
  plieOnly?: boolean;
  /** Only in a Mission Locale (CEJ). */
  missionLocaleOnly?: boolean;
  /** Only in an operator (markets) or only in a provider (its workspace). */
  structureKind?: StructureKind;
  end?: boolean;
}

const NAV: NavEntry[] = [
  { to: '/', label: 'Tableau de bord', end: true },
  { to: '/participants', label: 'Participants', permissions: [Permission.PARTICIPANTS_READ] },
  { to: '/portefeuille', label: 'Mon portefeuille', permissions: [Permission.PARTICIPANTS_WRITE], plieOnly: true },
  // A provider's référents follow the PLIE paths of the participants oriented to its lots (seed 001, lots 1 and 2).
  {
    to: '/portefeuille',
    label: 'Mon portefeuille',
    permissions: [Permission.ACTIVITIES_WRITE],
    structureKind: StructureKind.PROVIDER,
  },
  {
    to: '/comites',
    label: 'Comités d’agrément',
    permissions: [Permission.PLIE_COORDINATE, Permission.PARTICIPANTS_READ],
    plieOnly: true,
  },
  { to: '/cej', label: 'Contrats CEJ', permissions: [Permission.CEJ_READ], missionLocaleOnly: true },
  { to: '/cej/promos', label: 'Promos', permissions: [Permission.CEJ_READ], missionLocaleOnly: true },
  {
    to: '/cej/numerique',
    label: 'Parcours numérique',
    permissions: [Permission.CEJ_READ],
    missionLocaleOnly: true,
  },
  {
    to: '/marches',
    label: 'Marchés et lots',
    permissions: [Permission.MARKETS_READ],
    structureKind: StructureKind.OPERATOR,
  },
  {
    to: '/suivi-des-indicateurs',
    label: 'Suivi des indicateurs',
    permissions: [Permission.MARKETS_READ],
    structureKind: StructureKind.OPERATOR,
  },
  { to: '/bilans', label: 'Bilans', permissions: [Permission.REPORTS_READ] },
  {
    to: '/activite-mission-locale',
    label: 'Activité Mission Locale',
    permissions: [Permission.REPORTS_READ],
    missionLocaleOnly: true,
  },
  {
    to: '/decrochage',
    label: 'Analyse du décrochage',
    permissions: [Permission.REPORTS_READ],
    structureKind: StructureKind.OPERATOR,
  },
  {
    to: '/reseau',
    label: 'Chiffres du réseau',
    permissions: [Permission.NETWORK_READ],
    structureKind: StructureKind.NETWORK,
  },
  {
    to: '/prestataire',
    label: 'Espace prestataire',
    permissions: [Permission.ACTIVITIES_WRITE],
    structureKind: StructureKind.PROVIDER,
  },
  { to: '/structures', label: 'Structures', permissions: [Permission.STRUCTURE_MANAGE, Permission.PLATFORM_ADMIN] },
  { to: '/utilisateurs', label: 'Utilisateurs', permissions: [Permission.USERS_MANAGE] },
  { to: '/cles-api', label: 'Clés d’API', permissions: [Permission.API_KEYS_MANAGE] },
];

export function AppLayout() {
  const me = useMe();
  const { can, signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();

  async function handleSignOut() {
    await signOut();
    await navigate('/connexion', { replace: true });
  }

  const isPlie = me.currentStructure?.operatorType === OperatorType.PLIE;
  const isMissionLocale = me.currentStructure?.operatorType === OperatorType.MISSION_LOCALE;
  const entries = NAV.filter(
    (entry) =>
      (!entry.permissions || entry.permissions.some((permission) => can(permission))) &&
      (!entry.plieOnly || isPlie) &&
      (!entry.structureKind || me.currentStructure?.kind === entry.structureKind) &&
      (!entry.missionLocaleOnly || isMissionLocale),
  );
  // The most specific entry matching the address is the active one (/cej/promos is "Promos", not "Contrats CEJ").
  const activeTo = entries
    .filter((entry) => matchPath({ path: entry.to, end: entry.end ?? false }, location.pathname) !== null)
    .reduce<string | null>((best, entry) => (best === null || entry.to.length > best.length ? entry.to : best), null);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Ouvrir le menu" />
            <Text component={Link} to="/" fw={700} size="lg" c="blue.8" style={{ textDecoration: 'none' }}>
              Passerelle
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Box visibleFrom="sm">
              <StructureSwitcher />
            </Box>
            <NotificationBell />
            <Menu position="bottom-end" withArrow>
              <Menu.Target>
                {/* Named by its visible text (the name and role), with "Compte de" for screen readers only. */}
                <UnstyledButton className="user-button">
                  <VisuallyHidden>Compte de </VisuallyHidden>
                  <VisuallyHidden hiddenFrom="sm">{me.fullName}</VisuallyHidden>
                  <Avatar name={me.fullName} color="initials" size="md" hiddenFrom="sm" aria-hidden />
                  <Stack gap={0} align="flex-end" visibleFrom="sm">
                    <Text size="sm" fw={500}>
                      {me.fullName}
                    </Text>
                    {me.currentRole && (
                      <Text size="xs" c="dimmed">
                        {ROLE_LABELS[me.currentRole]}
                      </Text>
                    )}
                  </Stack>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{me.email}</Menu.Label>
                <Menu.Item component={Link} to="/mon-compte">
                  Mon compte
                </Menu.Item>
                <Menu.Item color="red" onClick={handleSignOut}>
                  Se déconnecter
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Menu principal">
        <AppShell.Section hiddenFrom="sm" pb="sm" mb="sm" className="navbar-structure">
          <StructureSwitcher />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          {entries.map((entry) => (
            <NavLink
              key={entry.to}
              component={Link}
              to={entry.to}
              label={entry.label}
              onClick={close}
              active={entry.to === activeTo}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <NavLink
            component={Link}
            to="/mon-compte"
            label="Mon compte"
            onClick={close}
            active={location.pathname === '/mon-compte'}
          />
          <NavLink component="button" label="Se déconnecter" onClick={handleSignOut} c="red.8" />
          <Box px="sm" pt="xs">
            <AccessibilityLink size="xs" />
          </Box>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="contenu" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
