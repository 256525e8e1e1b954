import { Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/contracts/indicators';
import { formatPercent } from '../../lib/format';
import { useLanguage, useLocalized } from '../../lib/use-language';
import { useIndicatorFormat } from './use-indicator-format';

type FigureProps = { label: string; value: string; note?: string };

function Figure({ label, value, note }: FigureProps) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
      {note && (
        <Text size="xs" fw={600} c="violet.9">
          {note}
        </Text>
      )}
    </Stack>
  );
}

/** A strategic target: where it started, where it is, where it must be, and how far along. */
export function IndicatorTargetCard({ indicator, headingLevel = 3 }: { indicator: Indicator; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const format = useIndicatorFormat();
  const name = localized(indicator.name);
  const latestIsDemo = indicator.latestActual?.isDemo === true;
  const progress = indicator.progressPercent;

  return (
    <Card withBorder padding="lg" radius="md">
      <Stack gap="sm">
        <Title order={headingLevel} size="h4">
          {name}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <Figure
            label={t('indicator.base', { year: indicator.baseYear ?? '—' })}
            value={indicator.baseValue === null ? t('indicator.noData') : format(indicator.baseValue, indicator.unit)}
          />
          <Figure
            label={t('indicator.latest', { year: indicator.latestActual?.year ?? '—' })}
            value={indicator.latestActual ? format(indicator.latestActual.value, indicator.unit) : t('indicator.noData')}
            note={latestIsDemo ? t('indicator.demoValue') : undefined}
          />
          <Figure
            label={t('indicator.target', { year: indicator.finalTarget?.year ?? '—' })}
            value={indicator.finalTarget ? format(indicator.finalTarget.value, indicator.unit) : t('indicator.noData')}
          />
        </SimpleGrid>
        <Text size="sm" data-testid="indicator-status">
          {t(`indicators.status.${indicator.analytics.status}`)} — {t(`indicators.reason.${indicator.analytics.statusReason}`)}
          {indicator.analytics.requiredPace?.ratePerYear != null &&
            `; ${t('indicator.requiredRate', { rate: formatPercent(indicator.analytics.requiredPace.ratePerYear * 100, language) })}`}
        </Text>
        {progress !== null && (
          <Stack gap={4}>
            <Group justify="space-between">
              <Text size="sm">{t('indicator.progress', { percent: formatPercent(progress, language) })}</Text>
            </Group>
            <Progress
              value={Math.max(0, Math.min(100, progress))}
              size="lg"
              aria-label={t('indicator.progressLabel', { name })}
            />
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
