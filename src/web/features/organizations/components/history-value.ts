import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/languages';
import { countryName, formatNumber, formatRubles } from '../../../lib/format';

const longest = 160;

function identifierText(item: string, t: TFunction): string {
  const [scheme = '', ...rest] = item.split(':');
  const label = t(`organizationForm.schemes.${scheme}`, { defaultValue: scheme });
  return `${label} ${rest.join(':')}`;
}

/** A value from the audit log as a person reads it: vocabulary words translated, money as money, long texts cut. */
export function historyValue(field: string, value: unknown, language: Language, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) {
    // Identifiers are kept as "inn:7707083893" in the log; a person reads "ИНН (Россия) 7707083893".
    const items = value.map(String).map((item) => (field === 'identifiers' ? identifierText(item, t) : item));
    return items.length ? items.join(', ') : '—';
  }
  if (typeof value === 'string') {
    if (field === 'kind') return t(`enums.organizationKind.${value}`, { defaultValue: value });
    if (field === 'visibility') return t(`enums.visibility.${value}`, { defaultValue: value });
    if (field === 'sizeBand') return t(`enums.sizeBand.${value}`, { defaultValue: value });
    if (field === 'country') return countryName(value, language);
    return value.length > longest ? `${value.slice(0, longest)}…` : value;
  }
  if (typeof value === 'number') {
    if (field === 'revenueRub' || field === 'exportsRub') return formatRubles(value, language);
    return field === 'foundedYear' ? String(value) : formatNumber(value, language);
  }
  return JSON.stringify(value);
}
