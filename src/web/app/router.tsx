import { createBrowserRouter, Outlet } from 'react-router';
import { AccountPage } from '../features/account/routes/account-page';
import { AgreementPage } from '../features/agreements/routes/agreement-page';
import { AgreementsPage } from '../features/agreements/routes/agreements-page';
import { AuditPage } from '../features/audit/routes/audit-page';
import { LoginPage } from '../features/auth/routes/login-page';
import { ComingSoonPage } from '../features/coming-soon/routes/coming-soon-page';
import { DashboardPage } from '../features/dashboard/routes/dashboard-page';
import { IndicatorsPage } from '../features/indicators/routes/indicators-page';
import { OrganizationPage } from '../features/organizations/routes/organization-page';
import { OrganizationsPage } from '../features/organizations/routes/organizations-page';
import { UsersPage } from '../features/users/routes/users-page';
import { ErrorPage } from './error-page';
import { NotFoundPage } from './not-found-page';
import { PublicLayout } from './public-layout';
import { RequireAuth, RequireRole } from './require-auth';
import { AppLayout } from './shell/app-layout';
import { LanguageSync } from './shell/language-sync';

function Root() {
  return (
    <>
      <LanguageSync />
      <Outlet />
    </>
  );
}

export const router = createBrowserRouter([
  {
    element: <Root />,
    errorElement: <ErrorPage />,
    children: [
      { element: <PublicLayout />, children: [{ path: '/login', element: <LoginPage /> }] },
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
              { path: 'organizations/:id', element: <OrganizationPage /> },
              { path: 'agreements', element: <AgreementsPage /> },
              { path: 'agreements/:id', element: <AgreementPage /> },
              { path: 'indicators', element: <IndicatorsPage /> },
              { path: 'projects', element: <ComingSoonPage section="projects" /> },
              { path: 'partnering', element: <ComingSoonPage section="partnering" /> },
              { path: 'infrastructure', element: <ComingSoonPage section="infrastructure" /> },
              { path: 'events', element: <ComingSoonPage section="events" /> },
              {
                path: 'admin/users',
                element: (
                  <RequireRole roles={['admin']}>
                    <UsersPage />
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
