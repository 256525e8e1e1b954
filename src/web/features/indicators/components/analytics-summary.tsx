import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../shared/contracts/indicators';
import { StatusBadge } from './status-badge';
import { useIndicatorTexts } from './use-indicator-texts';

/** The analytics in words: progress, deviation, both forecasts, the pace still required, the status and its rule. */
export function AnalyticsSummary({ indicator, showRule = true }: { indicator: Indicator; showRule?: boolean }) {
  const { t } = useTranslation();
  const { format, rate, percent } = useIndicatorTexts();
  const { analytics, unit } = indicator;
  const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ''}${format(Math.abs(value), unit)}`;
  const forecast = (method: 'linear' | 'cagr') => analytics.forecasts.find((f) => f.method === method);
  const linear = forecast('linear');
  const cagr = forecast('cagr');
  const pace = analytics.requiredPace;
  return (
    <Stack gap={6}>
      <div>
        <StatusBadge analytics={analytics} />
      </div>
      <List size="sm" spacing={2}>
        {indicator.finalTarget && analytics.progressToFinalPercent !== null && (
          <List.Item>{t('indicators.progressToFinal', { year: indicator.finalTarget.year, percent: percent(analytics.progressToFinalPercent) })}</List.Item>
        )}
        {analytics.nextTarget && analytics.progressToNextPercent !== null && analytics.nextTarget.year !== indicator.finalTarget?.year && (
          <List.Item>{t('indicators.progressToNext', { year: analytics.nextTarget.year, value: format(analytics.nextTarget.value, unit), percent: percent(analytics.progressToNextPercent) })}</List.Item>
        )}
        {indicator.latestActual && analytics.deviation !== null && (
          <List.Item>{t('indicators.deviation', { year: indicator.latestActual.year, value: signed(analytics.deviation), percent: analytics.deviationPercent === null ? '—' : `${analytics.deviationPercent > 0 ? '+' : ''}${percent(analytics.deviationPercent)}` })}</List.Item>
        )}
        {indicator.yearToDate && (
          <List.Item>{t('indicators.yearToDate', { year: indicator.yearToDate.year, value: format(indicator.yearToDate.value, unit) })}</List.Item>
        )}
        {indicator.finalTarget && (linear || cagr) && (
          <List.Item>
            {t('indicators.forecastHeading', { year: indicator.finalTarget.year })}:{' '}
            {[linear && t('indicators.forecastLinear', { value: format(linear.valueAtTargetYear, unit) }), cagr && t('indicators.forecastCagr', { rate: rate(cagr.rate), value: format(cagr.valueAtTargetYear, unit) })].filter(Boolean).join('; ')}
          </List.Item>
        )}
        {pace && (
          <List.Item>{t('indicators.requiredPace', { value: signed(pace.absolutePerYear), rate: rate(pace.ratePerYear), achieved: rate(pace.achievedRatePerYear) })}</List.Item>
        )}
      </List>
      {showRule && (
        <Text size="xs" c="dimmed">
          {t('indicators.statusRule', { tolerance: percent(analytics.tolerancePercent) })} {t('indicators.methodNote')}
        </Text>
      )}
    </Stack>
  );
}
