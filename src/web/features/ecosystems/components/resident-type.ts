import { useTranslation } from 'react-i18next';
import { isResidentType, residentTypeLabels, residentTypes } from '../../../../shared/resident-types';
import { useLanguage } from '../../../lib/use-language';

/** The labels live with the vocabulary (src/shared), which the server's import messages use too. */
export function useResidentTypeLabel(): (residentType: string | null) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (residentType) => {
    if (!residentType) return t('common.none');
    return isResidentType(residentType) ? residentTypeLabels[residentType][language] : residentType;
  };
}

/** Select options in the vocabulary's own order (the most common first). */
export function useResidentTypeOptions(): { value: string; label: string }[] {
  const label = useResidentTypeLabel();
  return residentTypes.map((value) => ({ value, label: label(value) }));
}
