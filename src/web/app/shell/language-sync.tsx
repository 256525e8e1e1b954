import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../features/auth/api/get-current-user';
import { storeLanguage } from '../../i18n/i18n';

/**
 * When a user signs in (or the page loads with a session), their profile's language wins over
 * the one this browser remembered. The switcher updates the cached profile before it changes the
 * language, so this never switches a user back.
 */
export function LanguageSync() {
  const { i18n } = useTranslation();
  const profileLanguage = useCurrentUser().data?.user?.language;
  useEffect(() => {
    if (!profileLanguage) return;
    if (i18n.resolvedLanguage !== profileLanguage) void i18n.changeLanguage(profileLanguage);
    storeLanguage(profileLanguage);
  }, [profileLanguage, i18n]);
  return null;
}
