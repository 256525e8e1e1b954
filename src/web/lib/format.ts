import type { IndicatorUnit } from '../../shared/domain';
import type { Language } from '../../shared/languages';

// Intl wants full locale tags for some calendars; these are the ones the interface speaks.
const locales: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB', zh: 'zh-CN' };

// Making an Intl formatter costs far more than using one: a table of 300 dates made 300 of them.
const dateFormats = new Map<Language, Intl.DateTimeFormat>();
function dateFormat(language: Language): Intl.DateTimeFormat {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(language, format);
  }
  return format;
}

/** A calendar date "YYYY-MM-DD" (no time zone: it is a date on paper, not an instant). */
export function formatDate(isoDate: string | null | undefined, language: Language): string {
  if (!isoDate) return '';
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return dateFormat(language).format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatDateTime(timestamp: string | null | undefined, language: Language): string {
  if (!timestamp) return '';
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 2 }).format(value);
}

export function formatPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

/** Rubles with the short scale of the language: "120 млрд ₽", "RUB 120bn", "RUB 1200亿". */
export function formatRubles(rubles: number, language: Language): string {
  return new Intl.NumberFormat(locales[language], {
    style: 'currency',
    currency: 'RUB',
    notation: Math.abs(rubles) >= 10_000 ? 'compact' : 'standard',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(rubles);
}

const rublesPerUnit = { rub: 1, thousand_rub: 1e3, million_rub: 1e6, billion_rub: 1e9 } as const;

/** Texts for counted units, passed in by the caller from the translations (units.people, units.pieces). */
export type CountWords = { people: string; pieces: string };

/** A value of an indicator in its unit, e.g. 120 billion_rub → "120 млрд ₽"; 70000 people → "70 000 чел.". */
export function formatIndicatorValue(value: number, unit: IndicatorUnit, language: Language, words: CountWords): string {
  switch (unit) {
    case 'rub':
    case 'thousand_rub':
    case 'million_rub':
    case 'billion_rub':
      return formatRubles(value * rublesPerUnit[unit], language);
    case 'percent':
      return formatPercent(value, language);
    case 'people':
    case 'pieces':
      // Chinese writes the counter word right after the number, without a space.
      return `${formatNumber(value, language)}${language === 'zh' ? '' : '\u00a0'}${words[unit]}`;
  }
}

export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([locales[language]], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
