import { Paper, SegmentedControl, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EcosystemStats } from '../../../../shared/contracts/ecosystems';
import { countryName } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { MembersBreakdownChart } from './members-breakdown-chart';
import { MembersTimelineChart } from './members-timeline-chart';

/** The register over time, and today's residents by country or by direction. */
export function EcosystemCharts({ stats }: { stats: EcosystemStats }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [breakdown, setBreakdown] = useState<'country' | 'direction'>('country');
  const items =
    breakdown === 'country'
      ? stats.byCountry.map((item) => ({ label: countryName(item.key, language), count: item.count }))
      : stats.byDirection.map((item) => ({ label: localized(item.label), count: item.count }));

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="ecosystem-timeline-title">
        <Title order={2} size="h5" mb="sm" id="ecosystem-timeline-title">
          {t('ecosystems.timelineTitle')}
        </Title>
        <MembersTimelineChart timeline={stats.timeline} />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="ecosystem-breakdown-title">
        <Stack gap="sm">
          <Title order={2} size="h5" id="ecosystem-breakdown-title">
            {t('ecosystems.breakdownTitle')}
          </Title>
          <SegmentedControl
            value={breakdown}
            onChange={(value) => setBreakdown(value as 'country' | 'direction')}
            data={[
              { value: 'country', label: t('ecosystems.byCountry') },
              { value: 'direction', label: t('ecosystems.byDirection') },
            ]}
            w="fit-content"
          />
          <MembersBreakdownChart items={items} />
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
