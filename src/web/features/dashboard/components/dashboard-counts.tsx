import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/contracts/dashboard';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

export function DashboardCounts({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const counts = [
    { label: t('dashboard.organizations'), value: dashboard.organizationCount },
    { label: t('dashboard.ecosystems'), value: dashboard.ecosystemCount },
    { label: t('dashboard.activeAgreements'), value: dashboard.activeAgreementCount },
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} component="dl" m={0}>
      {counts.map((count) => (
        <Paper key={count.label} withBorder p="md" radius="md">
          <Text component="dt" size="sm" c="dimmed">
            {count.label}
          </Text>
          <Text component="dd" m={0} fw={700} fz={28}>
            {formatNumber(count.value, language)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
