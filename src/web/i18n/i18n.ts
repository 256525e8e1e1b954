import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, isLanguage, type Language } from '../../shared/languages';
import type { Messages } from './messages';

// Each language is a chunk of its own, fetched when it is first shown (the page's language at
// start, another one when the user switches): a page never downloads the texts of all three.
const bundles: Record<Language, () => Promise<{ default: Messages }>> = {
  ru: () => import('virtual:messages/ru'),
  en: () => import('virtual:messages/en'),
  zh: () => import('virtual:messages/zh'),
};

const bundledMessages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLanguage(language)) return callback(new Error(`No interface texts for "${language}"`), false);
    bundles[language]().then((module) => callback(null, module.default), (error: Error) => callback(error, false));
  },
};

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
  await i18next.use(bundledMessages).use(initReactI18next).init({
    lng: initial,
    fallbackLng: false, // a missing key must show up in tests, not hide behind Russian
    supportedLngs: ['ru', 'en', 'zh'],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    showSupportNotice: false, // no advertisement in the browser console
  });
  setDocumentLanguage(initial);
  return i18next;
}
