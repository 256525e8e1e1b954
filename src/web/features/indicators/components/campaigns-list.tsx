import { Anchor, Group, Progress, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ReportingCampaign } from '../../../../shared/contracts/indicators';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { useIndicatorTexts } from './use-indicator-texts';

/** Each campaign's completion: reported of owed, and how many are confirmed. */
export function CampaignsList({ items, linked }: { items: ReportingCampaign[]; linked: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { percent } = useIndicatorTexts();
  if (items.length === 0) return <Text>{t('indicators.noCampaigns')}</Text>;
  return (
    <Stack gap="sm">
      {items.map((campaign) => (
        <Stack key={campaign.id} gap={4} data-testid="campaign">
          <Group justify="space-between" wrap="wrap">
            {linked ? <Anchor component={Link} to={`/indicators/campaigns/${campaign.id}`} fw={600}>{campaign.title}</Anchor> : <Text fw={600}>{campaign.title}</Text>}
            <Text size="sm">{t('indicators.due', { date: formatDate(campaign.dueOn, language) })}</Text>
          </Group>
          <Text size="sm">{t('indicators.completion', { reported: campaign.reported, owed: campaign.owed, percent: percent(campaign.completionPercent), confirmed: campaign.confirmed })}</Text>
          <Progress value={campaign.completionPercent} aria-label={campaign.title} size="md" />
        </Stack>
      ))}
    </Stack>
  );
}
