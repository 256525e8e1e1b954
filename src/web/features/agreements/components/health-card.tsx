import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../shared/contracts/agreements';
import { healthRule } from '../../../../shared/agreement-health';
import { AgreementHealthBadge } from '../../../components/domain/agreement-health-badge';
import { formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

/** The state, its figures, and the rule that gives the state, written out where the state is shown. */
export function HealthCard({ health }: { health: NonNullable<Agreement['health']> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="health-heading">
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={2} size="h4" id="health-heading">
            {t('agreements.health.title')}
          </Title>
          <AgreementHealthBadge state={health.state} />
        </Group>
        <Group gap="lg" wrap="wrap">
          <Text size="sm">{t('agreements.health.done', { done: health.doneCount, total: health.obligationCount })}</Text>
          {health.shareDoneOnTime !== null && <Text size="sm">{t('agreements.health.doneOnTime', { percent: formatPercent(health.shareDoneOnTime * 100, language) })}</Text>}
          <Text size="sm">{t('agreements.health.overdue', { count: health.overdueCount })}</Text>
          {health.daysToNextDeadline !== null && <Text size="sm">{t('agreements.health.nextDeadline', { days: health.daysToNextDeadline })}</Text>}
        </Group>
        <Text size="xs" c="dimmed">
          {t('agreements.health.rule', {
            days: healthRule.redOverdueDays,
            red: formatPercent(healthRule.redOnTimeShare * 100, language),
            amber: formatPercent(healthRule.amberOnTimeShare * 100, language),
          })}
        </Text>
      </Stack>
    </Card>
  );
}
