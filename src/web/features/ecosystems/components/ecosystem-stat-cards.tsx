import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EcosystemStats } from '../../../../shared/contracts/ecosystems';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

export function EcosystemStatCards({ stats }: { stats: EcosystemStats }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cards = [
    { label: t('ecosystems.statResidents'), value: stats.byStatus.resident },
    { label: t('ecosystems.statApplicants'), value: stats.byStatus.applicant },
    { label: t('ecosystems.statFormer'), value: stats.byStatus.former },
    { label: t('ecosystems.statCountries'), value: stats.byCountry.length },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0} data-testid="ecosystem-stats">
      {cards.map((card) => (
        <Paper key={card.label} withBorder p="md" radius="md">
          <Text component="dt" size="sm" c="dimmed">
            {card.label}
          </Text>
          <Text component="dd" m={0} fw={700} fz={28}>
            {formatNumber(card.value, language)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
