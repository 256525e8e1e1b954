import { useTranslation } from 'react-i18next';

/** The resident types the demo parks use; the register stores free text, so others show as written. */
export const knownResidentTypes = [
  'production', 'research_and_development', 'logistics', 'software_product', 'software_services',
  'hardware', 'education', 'workshop', 'studio', 'it_center', 'virtual_resident', 'resident',
] as const;

export function useResidentTypeLabel(): (residentType: string | null) => string {
  const { t } = useTranslation();
  return (residentType) => {
    if (!residentType) return t('common.none');
    return (knownResidentTypes as readonly string[]).includes(residentType)
      ? t(`ecosystems.residentTypes.${residentType as (typeof knownResidentTypes)[number]}`)
      : residentType;
  };
}
