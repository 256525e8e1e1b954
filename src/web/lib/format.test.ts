import { describe, expect, it } from 'vitest';
import { formatDate, formatIndicatorValue } from './format';

const words = { ru: { people: 'чел.', pieces: 'шт.' }, en: { people: 'people', pieces: 'pcs' }, zh: { people: '人', pieces: '个' } };
// Intl separates groups with narrow no-break spaces; compare text as a reader sees it.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatIndicatorValue', () => {
  it('writes billions of rubles in the short scale of each language', () => {
    expect(plain(formatIndicatorValue(120, 'billion_rub', 'ru', words.ru))).toBe('120 млрд ₽');
    expect(plain(formatIndicatorValue(120, 'billion_rub', 'en', words.en))).toBe('RUB 120bn');
    expect(plain(formatIndicatorValue(120, 'billion_rub', 'zh', words.zh))).toBe('RUB 1200亿');
  });

  it('writes people with grouping and the counter word', () => {
    expect(plain(formatIndicatorValue(70000, 'people', 'ru', words.ru))).toBe('70 000 чел.');
    expect(plain(formatIndicatorValue(70000, 'people', 'en', words.en))).toBe('70,000 people');
    expect(plain(formatIndicatorValue(70000, 'people', 'zh', words.zh))).toBe('70,000人');
  });

  it('writes percent values given as 0–100', () => {
    expect(plain(formatIndicatorValue(42.5, 'percent', 'en', words.en))).toBe('42.5%');
  });
});

describe('formatDate', () => {
  it('keeps the calendar day whatever the time zone', () => {
    expect(formatDate('2024-06-05', 'en')).toBe('5 June 2024');
    expect(formatDate('2024-06-05', 'zh')).toBe('2024年6月5日');
  });
});
