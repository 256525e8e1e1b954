import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, languages } from '../../../shared/languages';
import { useCurrentUser } from '../../features/auth/api/get-current-user';
import { useSaveLanguagePreference } from '../../features/auth/api/update-preferences';
import { storeLanguage } from '../../i18n/i18n';
import { useLanguage } from '../../lib/use-language';

/** Switches at once; remembered in the profile when signed in, in this browser otherwise. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const me = useCurrentUser();
  const saveLanguagePreference = useSaveLanguagePreference();

  function choose(value: string) {
    if (!isLanguage(value)) return;
    // The profile first: LanguageSync follows the cached profile and must already see the new choice.
    if (me.data?.user) saveLanguagePreference(value);
    storeLanguage(value);
    void i18n.changeLanguage(value);
  }

  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={language}
      onChange={(event) => choose(event.currentTarget.value)}
      data={languages.map((value) => ({ value, label: t(`language.${value}`) }))}
      size="xs"
      w={100}
    />
  );
}
