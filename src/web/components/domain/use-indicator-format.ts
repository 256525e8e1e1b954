import { useTranslation } from 'react-i18next';
import type { IndicatorUnit } from '../../../shared/domain';
import { formatIndicatorValue } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

/** Formats indicator values in the current language, with the unit words from the translations. */
export function useIndicatorFormat(): (value: number, unit: IndicatorUnit) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  const words = { people: t('units.people'), pieces: t('units.pieces') };
  return (value, unit) => formatIndicatorValue(value, unit, language, words);
}
