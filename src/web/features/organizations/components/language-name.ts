import type { Language } from '../../../../shared/languages';

const displayNames = new Map<Language, Intl.DisplayNames>();

/** The name of a language (ISO 639-1 code) in the interface language, e.g. "zh" → "китайский". */
export function languageName(code: string, language: Language): string {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'language' });
    displayNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
