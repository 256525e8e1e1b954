import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, Outlet } from 'react-router';
import { lazyPage } from './lazy-page';
import { getCurrentUser } from '../features/auth/api/get-current-user';
import { catalogEcosystemsQuery } from '../features/catalog/api/list-catalog-ecosystems';
import { projectQuery } from '../features/portfolio/api/portfolio-api';
import { currentUserQueryKey } from '../lib/query-client';
import { ErrorPage } from './error-page';
import { NotFoundPage } from './not-found-page';
import { PublicLayout } from './public-layout';
import { RequireAuth, RequireRole } from './require-auth';
import { LanguageSync } from './shell/language-sync';

// Pages load on first visit, so the sign-in page does not wait for charts and admin forms. The two
// layouts too: the shell's menus and search suggestions (floating-ui) are not the sign-in page's.
const AppLayout = lazyPage(() => import('./shell/app-layout'), 'AppLayout');
const CatalogLayout = lazyPage(() => import('./catalog-layout'), 'CatalogLayout');
const LoginPage = lazyPage(() => import('../features/auth/routes/login-page'), 'LoginPage');
const AccountPage = lazyPage(() => import('../features/account/routes/account-page'), 'AccountPage');
const AgreementPage = lazyPage(() => import('../features/agreements/routes/agreement-page'), 'AgreementPage');
const NewAgreementPage = lazyPage(() => import('../features/agreements/routes/new-agreement-page'), 'NewAgreementPage');
const EditAgreementPage = lazyPage(() => import('../features/agreements/routes/edit-agreement-page'), 'EditAgreementPage');
const AgreementsPage = lazyPage(() => import('../features/agreements/routes/agreements-page'), 'AgreementsPage');
const ProjectsPage = lazyPage(() => import('../features/portfolio/routes/projects-page'), 'ProjectsPage');
const ProjectPage = lazyPage(() => import('../features/portfolio/routes/project-page'), 'ProjectPage');
const ProgramPage = lazyPage(() => import('../features/portfolio/routes/program-page'), 'ProgramPage');
const EventsPage = lazyPage(() => import('../features/events/routes/events-page'), 'EventsPage');
const EventPage = lazyPage(() => import('../features/events/routes/event-page'), 'EventPage');
const NewEventPage = lazyPage(() => import('../features/events/routes/new-event-page'), 'NewEventPage');
const EditEventPage = lazyPage(() => import('../features/events/routes/edit-event-page'), 'EditEventPage');
const BrokeragePage = lazyPage(() => import('../features/events/routes/brokerage-page'), 'BrokeragePage');
const PressReleasePage = lazyPage(() => import('../features/press-release/routes/press-release-page'), 'PressReleasePage');
const AuditPage = lazyPage(() => import('../features/audit/routes/audit-page'), 'AuditPage');
const CatalogEcosystemPage = lazyPage(() => import('../features/catalog/routes/catalog-ecosystem-page'), 'CatalogEcosystemPage');
const CatalogInfrastructurePage = lazyPage(() => import('../features/infrastructure/routes/catalog-infrastructure-page'), 'CatalogInfrastructurePage');
const ConsentWithdrawalPage = lazyPage(() => import('../features/infrastructure/routes/consent-withdrawal-page'), 'ConsentWithdrawalPage');
const CatalogInfrastructureObjectPage = lazyPage(() => import('../features/infrastructure/routes/catalog-infrastructure-object-page'), 'CatalogInfrastructureObjectPage');
const CatalogHomePage = lazyPage(() => import('../features/catalog/routes/catalog-home-page'), 'CatalogHomePage');
const CatalogOrganizationPage = lazyPage(() => import('../features/catalog/routes/catalog-organization-page'), 'CatalogOrganizationPage');
const CatalogOrganizationsPage = lazyPage(() => import('../features/catalog/routes/catalog-organizations-page'), 'CatalogOrganizationsPage');
const CatalogSearchPage = lazyPage(() => import('../features/catalog/routes/catalog-search-page'), 'CatalogSearchPage');
const DashboardPage = lazyPage(() => import('../features/dashboard/routes/dashboard-page'), 'DashboardPage');
const EcosystemPage = lazyPage(() => import('../features/ecosystems/routes/ecosystem-page'), 'EcosystemPage');
const EcosystemsPage = lazyPage(() => import('../features/ecosystems/routes/ecosystems-page'), 'EcosystemsPage');
const InfrastructurePage = lazyPage(() => import('../features/infrastructure/routes/infrastructure-page'), 'InfrastructurePage');
const InfrastructureObjectPage = lazyPage(() => import('../features/infrastructure/routes/infrastructure-object-page'), 'InfrastructureObjectPage');
const InvestorRequestPage = lazyPage(() => import('../features/infrastructure/routes/investor-request-page'), 'InvestorRequestPage');
const IndicatorsPage = lazyPage(() => import('../features/indicators/routes/indicators-page'), 'IndicatorsPage');
const IndicatorPage = lazyPage(() => import('../features/indicators/routes/indicator-page'), 'IndicatorPage');
const CampaignPage = lazyPage(() => import('../features/indicators/routes/campaign-page'), 'CampaignPage');
const StrategicDashboardPage = lazyPage(() => import('../features/indicators/routes/strategic-dashboard-page'), 'StrategicDashboardPage');
const NewOrganizationPage = lazyPage(() => import('../features/organizations/routes/new-organization-page'), 'NewOrganizationPage');
const EditOrganizationPage = lazyPage(() => import('../features/organizations/routes/edit-organization-page'), 'EditOrganizationPage');
const OrganizationPage = lazyPage(() => import('../features/organizations/routes/organization-page'), 'OrganizationPage');
const OrganizationsPage = lazyPage(() => import('../features/organizations/routes/organizations-page'), 'OrganizationsPage');
const ImportPage = lazyPage(() => import('../features/imports/routes/import-page'), 'ImportPage');
const ImportsPage = lazyPage(() => import('../features/imports/routes/imports-page'), 'ImportsPage');
const SearchPage = lazyPage(() => import('../features/search/routes/search-page'), 'SearchPage');
const GlossaryPage = lazyPage(() => import('../features/partnering/routes/glossary-page'), 'GlossaryPage');
const TaxonomyPage = lazyPage(() => import('../features/taxonomy/routes/taxonomy-page'), 'TaxonomyPage');
const UsersPage = lazyPage(() => import('../features/users/routes/users-page'), 'UsersPage');
const MarketplacePage = lazyPage(() => import('../features/partnering/routes/marketplace-page'), 'MarketplacePage');
const PartneringProfilePage = lazyPage(() => import('../features/partnering/routes/profile-page'), 'ProfilePage');
const InterestsPage = lazyPage(() => import('../features/partnering/routes/interests-page'), 'InterestsPage');
const ProfileEditorPage = lazyPage(() => import('../features/partnering/routes/profile-editor-page'), 'ProfileEditorPage');
const ReviewQueuePage = lazyPage(() => import('../features/partnering/routes/review-queue-page'), 'ReviewQueuePage');

function Root() {
  return (
    <>
      <LanguageSync />
      <Outlet />
    </>
  );
}

/**
 * The router of the app. A page whose first paint waits on a large chunk and a large answer (the
 * project passport with its timeline) starts both from its route loader, next to the session check,
 * instead of one after the other once the shell has rendered. Loaders never wait: navigation does not
 * block on them, and the page reads the same query when it renders.
 */
export function createAppRouter(queryClient: QueryClient) {
  // Every page asks who is signed in (the shell, the sign-in page's redirect, the catalog's way in):
  // the question leaves with the entry, beside the texts and the page's chunk, not after the first render.
  void queryClient.prefetchQuery({ queryKey: currentUserQueryKey, queryFn: getCurrentUser, staleTime: Infinity });
  return createBrowserRouter([
  {
    element: <Root />,
    errorElement: <ErrorPage />,
    children: [
      { element: <PublicLayout />, children: [{ path: '/login', element: <LoginPage /> }] },
      {
        // The public catalog: anyone, signed in or not, sees what the server publishes.
        path: '/catalog',
        element: <CatalogLayout />,
        children: [
          {
            errorElement: <ErrorPage />,
            children: [
              {
                index: true,
                element: <CatalogHomePage />,
                // The ecosystems' cards come with the page's chunk, not after its frame (a layout shift).
                loader: () => {
                  void queryClient.prefetchQuery(catalogEcosystemsQuery);
                  return null;
                },
              },
              { path: 'organizations', element: <CatalogOrganizationsPage /> },
              { path: 'organizations/:id', element: <CatalogOrganizationPage /> },
              { path: 'ecosystems/:id', element: <CatalogEcosystemPage /> },
              { path: 'search', element: <CatalogSearchPage /> },
              { path: 'infrastructure', element: <CatalogInfrastructurePage /> },
              { path: 'infrastructure/consent-withdrawal', element: <ConsentWithdrawalPage /> },
              { path: 'infrastructure/:id', element: <CatalogInfrastructureObjectPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
      {
        element: (
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        ),
        children: [
          {
            // Inside the shell, so a failing page keeps the navigation around it.
            errorElement: <ErrorPage />,
            children: [
              { index: true, element: <DashboardPage /> },
              { path: 'organizations', element: <OrganizationsPage /> },
              {
                path: 'organizations/new',
                element: (
                  <RequireRole roles={['admin', 'coordinator', 'park_manager']}>
                    <NewOrganizationPage />
                  </RequireRole>
                ),
              },
              { path: 'organizations/:id', element: <OrganizationPage /> },
              { path: 'ecosystems', element: <EcosystemsPage /> },
              { path: 'ecosystems/:id', element: <EcosystemPage /> },
              { path: 'organizations/:id/edit', element: <EditOrganizationPage /> },
              { path: 'agreements', element: <AgreementsPage /> },
              {
                path: 'agreements/new',
                element: (
                  <RequireRole roles={['admin', 'coordinator']}>
                    <NewAgreementPage />
                  </RequireRole>
                ),
              },
              {
                path: 'agreements/from-text',
                element: (
                  <RequireRole roles={['admin', 'coordinator']}>
                    <PressReleasePage />
                  </RequireRole>
                ),
              },
              { path: 'agreements/:id', element: <AgreementPage /> },
              {
                path: 'agreements/:id/edit',
                element: (
                  <RequireRole roles={['admin', 'coordinator']}>
                    <EditAgreementPage />
                  </RequireRole>
                ),
              },
              { path: 'indicators', element: <IndicatorsPage /> },
              { path: 'indicators/strategic', element: <StrategicDashboardPage /> },
              { path: 'indicators/campaigns/:id', element: <CampaignPage /> },
              { path: 'indicators/:id', element: <IndicatorPage /> },
              { path: 'search', element: <SearchPage /> },
              {
                path: 'imports',
                element: (
                  <RequireRole roles={['admin', 'coordinator', 'park_manager']}>
                    <ImportsPage />
                  </RequireRole>
                ),
              },
              {
                path: 'imports/:id',
                element: (
                  <RequireRole roles={['admin', 'coordinator', 'park_manager']}>
                    <ImportPage />
                  </RequireRole>
                ),
              },
              { path: 'projects', element: <ProjectsPage /> },
              {
                path: 'projects/:id',
                element: <ProjectPage />,
                loader: ({ params }) => {
                  void ProjectPage.preload();
                  if (params.id) void queryClient.prefetchQuery(projectQuery(params.id));
                  return null;
                },
              },
              { path: 'programs/:id', element: <ProgramPage /> },
              { path: 'partnering', element: <MarketplacePage /> },
              { path: 'partnering/profiles/new', element: <ProfileEditorPage /> },
              { path: 'partnering/profiles/:id', element: <PartneringProfilePage /> },
              { path: 'partnering/profiles/:id/edit', element: <ProfileEditorPage /> },
              {
                path: 'partnering/review',
                element: (
                  <RequireRole roles={['admin', 'coordinator', 'park_manager']}>
                    <ReviewQueuePage />
                  </RequireRole>
                ),
              },
              { path: 'partnering/interests', element: <InterestsPage /> },
              { path: 'infrastructure', element: <InfrastructurePage /> },
              { path: 'infrastructure/objects/:id', element: <InfrastructureObjectPage /> },
              { path: 'infrastructure/requests/:id', element: <InvestorRequestPage /> },
              { path: 'events', element: <EventsPage /> },
              {
                path: 'events/new',
                element: (
                  <RequireRole roles={['admin', 'coordinator', 'park_manager']}>
                    <NewEventPage />
                  </RequireRole>
                ),
              },
              { path: 'events/:id', element: <EventPage /> },
              { path: 'events/:id/edit', element: <EditEventPage /> },
              { path: 'events/:id/brokerage', element: <BrokeragePage /> },
              {
                path: 'admin/users',
                element: (
                  <RequireRole roles={['admin']}>
                    <UsersPage />
                  </RequireRole>
                ),
              },
              {
                path: 'admin/taxonomy',
                element: (
                  <RequireRole roles={['admin']}>
                    <TaxonomyPage />
                  </RequireRole>
                ),
              },
              {
                path: 'admin/glossary',
                element: (
                  <RequireRole roles={['admin', 'coordinator']}>
                    <GlossaryPage />
                  </RequireRole>
                ),
              },
              {
                path: 'audit',
                element: (
                  <RequireRole roles={['admin', 'coordinator']}>
                    <AuditPage />
                  </RequireRole>
                ),
              },
              { path: 'account', element: <AccountPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
}
