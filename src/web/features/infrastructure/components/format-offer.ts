import type { TFunction } from 'i18next';
import type { InfrastructureObject } from '../../../../shared/contracts/infrastructure';
import type { Language } from '../../../../shared/languages';
import { formatNumber } from '../../../lib/format';

/** "12 USD per m² / month", "On request" when the park states no price. */
export function formatPrice(object: Pick<InfrastructureObject, 'price' | 'currency' | 'priceUnit' | 'pricePeriod'>, t: TFunction, language: Language): string {
  if (object.price === null || !object.currency || !object.priceUnit || !object.pricePeriod) return t('infrastructure.priceOnRequest');
  const values = { price: formatNumber(object.price, language), currency: object.currency, unit: t(`infrastructure.priceUnits.${object.priceUnit}`), period: t(`infrastructure.pricePeriods.${object.pricePeriod}`) };
  return object.pricePeriod === 'once' ? t('infrastructure.perUnitOnce', values) : t('infrastructure.perUnitPeriod', values);
}

export function formatArea(object: Pick<InfrastructureObject, 'area' | 'areaUnit'>, t: TFunction, language: Language): string {
  return `${formatNumber(object.area, language)} ${t(`infrastructure.areaUnits.${object.areaUnit}`)}`;
}
