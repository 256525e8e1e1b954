export const languages = ['ru', 'en', 'zh'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'ru';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Picks the best of the accepted languages from an Accept-Language header. */
export function languageFromAcceptHeader(header: string | undefined): Language {
  if (!header) return defaultLanguage;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase().slice(0, 2), q: q ? Number(q.split('=')[1]) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  return ranked.find((r) => isLanguage(r.tag))?.tag as Language | undefined ?? defaultLanguage;
}

/** A text kept in the three interface languages; any of them may be missing. */
export type LocalizedText = { ru?: string | null; en?: string | null; zh?: string | null };

/** The text in the wanted language, else the first other language that has it. */
export function pickLocalized(text: LocalizedText, language: Language): string {
  const order: Language[] = [language, ...languages.filter((l) => l !== language)];
  for (const l of order) {
    const value = text[l];
    if (value) return value;
  }
  return '';
}
