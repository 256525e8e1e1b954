import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../shared/roles';
import { ErrorAlert } from '../components/ui/error-alert';
import { useCurrentUser } from '../features/auth/api/get-current-user';
import { ApiError } from '../lib/api-client';
import { hasAnyRole } from './roles';

/** Signed-in users only; others go to the sign-in page and come back here afterwards (or to the catalog from `/`). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const location = useLocation();
  if (me.isPending) {
    return (
      <Center h="100vh" role="status" aria-label={t('app.loading')}>
        <Loader aria-hidden />
      </Center>
    );
  }
  if (me.isError) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data.user) {
    // The front door belongs to the public catalog; deeper links still ask to sign in and come back.
    if (location.pathname === '/') return <Navigate to="/catalog" replace />;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

/** The server enforces access; this only spares a user a page that would answer "forbidden". */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const me = useCurrentUser();
  if (!hasAnyRole(me.data?.user, roles)) return <ErrorAlert error={new ApiError(403, 'FORBIDDEN', 'Forbidden')} />;
  return <>{children}</>;
}
