import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconAffiliate,
  IconBuildingCommunity,
  IconBuildingFactory2,
  IconCalendarEvent,
  IconChartLine,
  IconFileCertificate,
  IconFileImport,
  IconHeartHandshake,
  IconHistory,
  IconHierarchy2,
  IconLanguage,
  IconLayoutDashboard,
  IconPresentationAnalytics,
  IconSearch,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Role } from '../../../shared/roles';
import { useCurrentUser } from '../../features/auth/api/get-current-user';
import { hasAnyRole } from '../roles';

// Every item's name lives in the nav section: naming one key of a feature's section here would put
// that whole section into the texts every signed-in page downloads (ADR 040). Search's title is
// the exception, its section comes with the header's search box anyway.
type NavItem = { to: string; label: 'dashboard' | 'organizations' | 'ecosystems' | 'agreements' | 'projects' | 'indicators' | 'partnering' | 'infrastructure' | 'events' | 'users' | 'taxonomy' | 'glossary' | 'imports' | 'audit'; icon: Icon; roles?: readonly Role[] };
type FeatureNavItem = Omit<NavItem, 'label'> & { labelKey: 'search.title' };

const mainItems: (NavItem | FeatureNavItem)[] = [
  { to: '/', label: 'dashboard', icon: IconLayoutDashboard },
  { to: '/search', labelKey: 'search.title', icon: IconSearch },
  { to: '/organizations', label: 'organizations', icon: IconBuildingCommunity },
  { to: '/ecosystems', label: 'ecosystems', icon: IconAffiliate },
  { to: '/agreements', label: 'agreements', icon: IconFileCertificate },
  { to: '/projects', label: 'projects', icon: IconPresentationAnalytics },
  { to: '/indicators', label: 'indicators', icon: IconChartLine },
  { to: '/partnering', label: 'partnering', icon: IconHeartHandshake },
  { to: '/infrastructure', label: 'infrastructure', icon: IconBuildingFactory2 },
  { to: '/events', label: 'events', icon: IconCalendarEvent },
];

const adminItems: (NavItem | FeatureNavItem)[] = [
  { to: '/admin/users', label: 'users', icon: IconUsers, roles: ['admin'] },
  { to: '/admin/taxonomy', label: 'taxonomy', icon: IconHierarchy2, roles: ['admin'] },
  { to: '/admin/glossary', label: 'glossary', icon: IconLanguage, roles: ['admin', 'coordinator'] },
  { to: '/imports', label: 'imports', icon: IconFileImport, roles: ['admin', 'coordinator', 'park_manager'] },
  { to: '/audit', label: 'audit', icon: IconHistory, roles: ['admin', 'coordinator'] },
];

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const user = useCurrentUser().data?.user;
  const visibleAdminItems = adminItems.filter((item) => !item.roles || hasAnyRole(user, item.roles));

  const renderItem = (item: NavItem | FeatureNavItem) => {
    const active = isActive(pathname, item.to);
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={'labelKey' in item ? t(item.labelKey) : t(`nav.${item.label}`)}
        leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
        active={active}
        aria-current={active ? 'page' : undefined}
        onClick={onNavigate}
      />
    );
  };

  return (
    <nav aria-label={t('nav.main')}>
      <Stack gap={2}>
        {mainItems.map(renderItem)}
        {visibleAdminItems.length > 0 && (
          <>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm" component="h2">
              {t('nav.admin')}
            </Text>
            {visibleAdminItems.map(renderItem)}
          </>
        )}
      </Stack>
    </nav>
  );
}
