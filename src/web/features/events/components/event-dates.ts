import type { Language } from '../../../../shared/languages';

const locales: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB', zh: 'zh-CN' };

/** "12–14 May 2026" style: the days an event spans, in the reader's time zone. */
export function formatEventDates(startsAt: string, endsAt: string, language: Language): string {
  const format = new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium' });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

export function formatTimeRange(startsAt: string, endsAt: string, language: Language): string {
  const format = new Intl.DateTimeFormat(locales[language], { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

export function formatDayAndTime(startsAt: string, endsAt: string, language: Language): string {
  // The reader's time zone is named: a session in Yakutsk read from Minsk is six hours apart.
  const format = new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  return format.formatRange(new Date(startsAt), new Date(endsAt));
}

export function formatMonth(month: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}

export function weekdayNames(language: Language): string[] {
  const format = new Intl.DateTimeFormat(locales[language], { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

/** A local calendar day as YYYY-MM-DD. */
export const localDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, m - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

/** The weeks (Monday first) that cover a month, as YYYY-MM-DD days. */
export function monthWeeks(month: string): string[][] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, m - 1, 1));
  const start = new Date(first);
  start.setUTCDate(1 - ((first.getUTCDay() + 6) % 7));
  const weeks: string[][] = [];
  const cursor = new Date(start);
  do {
    const week: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push(cursor.toISOString().slice(0, 10));
      cursor.setUTCDate(cursor.getUTCDate() + 1);
    }
    weeks.push(week);
  } while (cursor.getUTCMonth() === m - 1);
  return weeks;
}
