import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, isLanguage, type Language } from '../../shared/languages';
import { en, ru, zh } from './messages';

export const resources = { ru: { translation: ru }, en: { translation: en }, zh: { translation: zh } } as const;

// Anonymous visitors keep their choice here; signed-in users keep it in their profile.
const storageKey = 'northbridge.language';

export function readStoredLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage can be disabled (private mode, policies)
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // nothing to do: the choice still applies to this page
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : defaultLanguage;
}

export function setDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
}

export async function initI18n(): Promise<typeof i18next> {
  const initial = readStoredLanguage() ?? defaultLanguage;
  i18next.on('languageChanged', (language) => {
    if (isLanguage(language)) setDocumentLanguage(language);
  });
  await i18next.use(initReactI18next).init({
    resources,
    lng: initial,
    fallbackLng: false, // a missing key must show up in tests, not hide behind Russian
    supportedLngs: ['ru', 'en', 'zh'],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  setDocumentLanguage(initial);
  return i18next;
}
