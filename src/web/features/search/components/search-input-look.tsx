import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * How the header's search input looks, shared by the light stand-in and the box with instant
 * results that replaces it (ADR 042), so that the swap cannot be seen.
 */
export function useSearchInputLook() {
  const { t } = useTranslation();
  return {
    visibleFrom: 'md',
    w: 300,
    placeholder: t('search.placeholder'),
    'aria-label': t('search.label'),
    leftSection: <IconSearch size={16} aria-hidden />,
  } as const;
}
