import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { Permission } from '@passerelle/domain';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { createApolloClient } from './lib/apollo';
import { AccessibilityStatementPage } from './modules/accessibility/pages/accessibility-statement-page';
import { AccountPage } from './modules/account/pages/account-page';
import { ApiKeysPage } from './modules/api-keys/pages/api-keys-page';
import { CejContractCreatePage } from './modules/cej/pages/cej-contract-create-page';
import { CejContractPage } from './modules/cej/pages/cej-contract-page';
import { CejContractsPage } from './modules/cej/pages/cej-contracts-page';
import { CejCohortPage } from './modules/cej/pages/cej-cohort-page';
import { CejCohortsPage } from './modules/cej/pages/cej-cohorts-page';
import { CejDigitalMonthlyPage } from './modules/cej/pages/cej-digital-monthly-page';
import { RequireAuth } from './modules/auth/components/require-auth';
import { RequirePermission } from './modules/auth/components/require-permission';
import { SessionProvider } from './modules/auth/components/session-provider';
import { LoginPage } from './modules/auth/pages/login-page';
import { NotFoundPage } from './modules/common/pages/not-found-page';
import { ImmersionPage } from './modules/activities/pages/immersion-page';
import { OrientationPage } from './modules/activities/pages/orientation-page';
import { SessionPage } from './modules/activities/pages/session-page';
import { SignPage } from './modules/activities/pages/sign-page';
import { LotPage } from './modules/markets/pages/lot-page';
import { DropOffPage } from './modules/analytics/pages/drop-off-page';
import { MlActivityPage } from './modules/analytics/pages/ml-activity-page';
import { NetworkFiguresPage } from './modules/networks/pages/network-figures-page';
import { IndicatorsOverviewPage } from './modules/indicators/pages/indicators-overview-page';
import { LotDashboardPage } from './modules/indicators/pages/lot-dashboard-page';
import { NotificationsPage } from './modules/notifications/pages/notifications-page';
import { ReportPage } from './modules/reports/pages/report-page';
import { ReportsPage } from './modules/reports/pages/reports-page';
import { MarketsPage } from './modules/markets/pages/markets-page';
import { ProviderCejYoungPersonPage } from './modules/cej/pages/provider-cej-young-person-page';
import { ProviderWorkspacePage } from './modules/provider/pages/provider-workspace-page';
import { ParticipantCreatePage } from './modules/participants/pages/participant-create-page';
import { ParticipantPage } from './modules/participants/pages/participant-page';
import { ParticipantsPage } from './modules/participants/pages/participants-page';
import { CommitteePage } from './modules/plie/pages/committee-page';
import { CommitteesPage } from './modules/plie/pages/committees-page';
import { PathPage } from './modules/plie/pages/path-page';
import { PortfolioPage } from './modules/plie/pages/portfolio-page';
import { DashboardPage } from './modules/dashboard/pages/dashboard-page';
import { AppLayout } from './modules/layout/components/app-layout';
import { StructureCreatePage } from './modules/structures/pages/structure-create-page';
import { StructureEditPage } from './modules/structures/pages/structure-edit-page';
import { StructurePage } from './modules/structures/pages/structure-page';
import { StructuresPage } from './modules/structures/pages/structures-page';
import { UsersPage } from './modules/users/pages/users-page';
import { cssVariablesResolver, theme } from './theme';

const routes: RouteObject[] = [
  { path: '/connexion', element: <LoginPage /> },
  // Public: the accessibility statement (RGAA), linked from every page.
  { path: '/accessibilite', element: <AccessibilityStatementPage /> },
  // Public: opened from a one-time e-signature link (QR code or message), no session.
  { path: '/sign/:token', element: <SignPage /> },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'mon-compte', element: <AccountPage /> },
      {
        path: 'structures',
        element: <RequirePermission anyOf={[Permission.STRUCTURE_MANAGE, Permission.PLATFORM_ADMIN]} />,
        children: [
          { index: true, element: <StructuresPage /> },
          {
            path: 'nouvelle',
            element: (
              <RequirePermission anyOf={[Permission.PLATFORM_ADMIN]}>
                <StructureCreatePage />
              </RequirePermission>
            ),
          },
          { path: ':id', element: <StructurePage /> },
          {
            path: ':id/modifier',
            element: (
              <RequirePermission anyOf={[Permission.STRUCTURE_MANAGE]}>
                <StructureEditPage />
              </RequirePermission>
            ),
          },
        ],
      },
      {
        path: 'utilisateurs',
        element: (
          <RequirePermission anyOf={[Permission.USERS_MANAGE]}>
            <UsersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'cles-api',
        element: (
          <RequirePermission anyOf={[Permission.API_KEYS_MANAGE]}>
            <ApiKeysPage />
          </RequirePermission>
        ),
      },
      {
        path: 'participants',
        element: <RequirePermission anyOf={[Permission.PARTICIPANTS_READ]} />,
        children: [
          { index: true, element: <ParticipantsPage /> },
          {
            path: 'nouveau',
            element: (
              <RequirePermission anyOf={[Permission.PARTICIPANTS_WRITE]}>
                <ParticipantCreatePage />
              </RequirePermission>
            ),
          },
          { path: ':id', element: <ParticipantPage /> },
        ],
      },
      {
        path: 'portefeuille',
        element: (
          <RequirePermission anyOf={[Permission.PARTICIPANTS_WRITE, Permission.ACTIVITIES_WRITE]}>
            <PortfolioPage />
          </RequirePermission>
        ),
      },
      {
        path: 'parcours/:id',
        element: (
          <RequirePermission anyOf={[Permission.PARTICIPANTS_READ]}>
            <PathPage />
          </RequirePermission>
        ),
      },
      {
        path: 'comites',
        element: <RequirePermission anyOf={[Permission.PARTICIPANTS_READ]} />,
        children: [
          { index: true, element: <CommitteesPage /> },
          { path: ':id', element: <CommitteePage /> },
        ],
      },
      {
        path: 'cej',
        element: <RequirePermission anyOf={[Permission.CEJ_READ]} />,
        children: [
          { index: true, element: <CejContractsPage /> },
          {
            path: 'nouveau',
            element: (
              <RequirePermission anyOf={[Permission.CEJ_WRITE]}>
                <CejContractCreatePage />
              </RequirePermission>
            ),
          },
          { path: 'promos', element: <CejCohortsPage /> },
          { path: 'numerique', element: <CejDigitalMonthlyPage /> },
          { path: 'promos/:id', element: <CejCohortPage /> },
          { path: ':id', element: <CejContractPage /> },
        ],
      },
      {
        path: 'marches',
        element: (
          <RequirePermission anyOf={[Permission.MARKETS_READ]}>
            <MarketsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'lots/:id',
        element: (
          <RequirePermission anyOf={[Permission.MARKETS_READ]}>
            <LotPage />
          </RequirePermission>
        ),
      },
      {
        path: 'lots/:id/indicateurs',
        element: (
          <RequirePermission anyOf={[Permission.MARKETS_READ]}>
            <LotDashboardPage />
          </RequirePermission>
        ),
      },
      {
        path: 'suivi-des-indicateurs',
        element: (
          <RequirePermission anyOf={[Permission.MARKETS_READ]}>
            <IndicatorsOverviewPage />
          </RequirePermission>
        ),
      },
      {
        path: 'bilans',
        element: <RequirePermission anyOf={[Permission.REPORTS_READ]} />,
        children: [
          { index: true, element: <ReportsPage /> },
          { path: ':id', element: <ReportPage /> },
        ],
      },
      {
        path: 'activite-mission-locale',
        element: (
          <RequirePermission anyOf={[Permission.REPORTS_READ]}>
            <MlActivityPage />
          </RequirePermission>
        ),
      },
      {
        path: 'decrochage',
        element: (
          <RequirePermission anyOf={[Permission.REPORTS_READ]}>
            <DropOffPage />
          </RequirePermission>
        ),
      },
      {
        path: 'reseau',
        element: (
          <RequirePermission anyOf={[Permission.NETWORK_READ]}>
            <NetworkFiguresPage />
          </RequirePermission>
        ),
      },
      { path: 'notifications', element: <NotificationsPage /> },
      {
        path: 'prestataire',
        element: (
          <RequirePermission anyOf={[Permission.ACTIVITIES_READ, Permission.CEJ_DELIVER]}>
            <ProviderWorkspacePage />
          </RequirePermission>
        ),
      },
      {
        path: 'prestataire/cej/:lotId/:contractId',
        element: (
          <RequirePermission anyOf={[Permission.CEJ_DELIVER]}>
            <ProviderCejYoungPersonPage />
          </RequirePermission>
        ),
      },
      {
        path: 'orientations/:id',
        element: (
          <RequirePermission anyOf={[Permission.ACTIVITIES_READ]}>
            <OrientationPage />
          </RequirePermission>
        ),
      },
      {
        path: 'orientations/:orientationId/immersions/:id',
        element: (
          <RequirePermission anyOf={[Permission.ACTIVITIES_READ]}>
            <ImmersionPage />
          </RequirePermission>
        ),
      },
      {
        path: 'seances/:id',
        element: (
          <RequirePermission anyOf={[Permission.ACTIVITIES_READ]}>
            <SessionPage />
          </RequirePermission>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

const router = createBrowserRouter(routes);

export function App() {
  const [client] = useState(createApolloClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'fr', firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        {/* Centred over the header's empty middle: never over the page's action buttons (top right) nor the menu. */}
        <Notifications position="top-center" limit={2} containerWidth={420} />
        <ApolloProvider client={client}>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </ApolloProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
