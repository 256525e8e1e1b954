import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguage, pickLocalized, type Language, type LocalizedText } from '../../shared/languages';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
}

/** A function that turns a { ru, en, zh } text into the current language, falling back to another. */
export function useLocalized(): (text: LocalizedText) => string {
  const language = useLanguage();
  return (text) => pickLocalized(text, language);
}
