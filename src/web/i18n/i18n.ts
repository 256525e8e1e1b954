import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, isLanguage, type Language } from '../../shared/languages';
import type { Messages } from './messages';
import { pageTexts } from 'virtual:page-texts';

// The texts are split by language and by page (ADR 040): the entry's part of the page's language is
// fetched at start, each lazy page's part (the keys it names, ADR 042) beside its chunk
// (`loadPageTexts`), and a language shown later gets the entry's part and the parts of every page
// opened so far, so nothing shown goes blank.
const startTexts: Record<Language, () => Promise<{ default: Partial<Messages> }>> = {
  ru: () => import('virtual:messages/ru'),
  en: () => import('virtual:messages/en'),
  zh: () => import('virtual:messages/zh'),
};

const pagesWithTexts = new Map<string, Promise<void>>();
const languagesRead = new Set<Language>();

async function textsOfPage(page: string, language: Language): Promise<Partial<Messages>> {
  const load = pageTexts[page]?.[language];
  return load ? (await load()).default : {};
}

type Texts = { [key: string]: unknown };
const isBranch = (value: unknown): value is Texts => typeof value === 'object' && value !== null;

/** Two pages can each hold some keys of one section: their parts are merged key by key. */
function mergeTexts(parts: readonly Texts[]): Texts {
  const merged: Texts = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const known = merged[key];
      merged[key] = isBranch(known) && isBranch(value) ? mergeTexts([known, value]) : value;
    }
  }
  return merged;
}

const bundledMessages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    if (!isLanguage(language)) return callback(new Error(`No interface texts for "${language}"`), false);
    languagesRead.add(language);
    const parts = [startTexts[language]().then((module) => module.default), ...[...pagesWithTexts.keys()].map((page) => textsOfPage(page, language))];
    Promise.all(parts).then((loaded) => callback(null, mergeTexts(loaded)), (error: Error) => callback(error, false));
  },
};

/** The texts a lazy page uses beyond the entry's, in every language read so far; resolves when they are in. */
export function loadPageTexts(page: string): Promise<void> {
  const known = pagesWithTexts.get(page);
  if (known) return known;
  const loading = Promise.all(
    [...languagesRead].map(async (language) => {
      // A page's part holds keys of sections other pages hold keys of too: merged key by key.
      i18next.addResourceBundle(language, 'translation', await textsOfPage(page, language), true, true);
    }),
  ).then(
    () => undefined,
    (error: unknown) => {
      pagesWithTexts.delete(page); // the next visit tries again
      throw error;
    },
  );
  pagesWithTexts.set(page, loading);
  return loading;
}

// The API's error texts are a part of their own (ADR 042): most first loads show no error, so
// they come with the first error answer instead of with the entry.
const errorTextsPart = 'errors';

/** Fetches the API's error texts in every language read so far, once; resolves when they are in. */
export function loadErrorTexts(): Promise<void> {
  return loadPageTexts(errorTextsPart);
}

/** Whether the API's error texts of the language are in, so that an error can be said in it now. */
export function hasErrorTexts(language: Language): boolean {
  return i18next.getResource(language, 'translation', 'apiErrors') !== undefined;
}

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
