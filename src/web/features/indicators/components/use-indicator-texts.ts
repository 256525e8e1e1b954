import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../../../../shared/domain';
import { useIndicatorFormat } from '../../../components/domain/use-indicator-format';
import { formatPercent } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

/** Labels of periods, and rates as percents, in the current language. */
export function useIndicatorTexts() {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatExact = useIndicatorFormat();
  return {
    /** Counted units (people, pieces) show whole numbers: a forecast of 61,533.33 people reads as 61,533. */
    format: (value: number, unit: Parameters<typeof formatExact>[1]) => formatExact(unit === 'people' || unit === 'pieces' ? Math.round(value) : value, unit),
    period: (year: number, periodKind: PeriodKind, periodIndex: number) =>
      periodKind === 'year' ? t('indicators.periodYear', { year }) : t(periodKind === 'quarter' ? 'indicators.periodQuarter' : 'indicators.periodMonth', { year, index: periodIndex }),
    /** A yearly rate given as a fraction (0.065 → "6,5 %"). */
    rate: (fraction: number | null | undefined) => (fraction === null || fraction === undefined ? t('indicator.noData') : formatPercent(fraction * 100, language)),
    percent: (value: number | null | undefined) => (value === null || value === undefined ? t('indicator.noData') : formatPercent(value, language)),
  };
}
