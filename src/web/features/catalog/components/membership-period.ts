import { useTranslation } from 'react-i18next';
import type { membershipStatuses } from '../../../../shared/domain';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

type Period = { status: (typeof membershipStatuses)[number]; dateFrom: string | null; dateTo: string | null };

/** "resident since 16 September 2019", or the whole period once a membership has ended. */
export function useMembershipPeriod(): (membership: Period) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return ({ status, dateFrom, dateTo }) => {
    const label = t(`enums.membershipStatus.${status}`);
    if (dateFrom && dateTo) return t('catalog.statusPeriod', { status: label, from: formatDate(dateFrom, language), to: formatDate(dateTo, language) });
    if (dateFrom) return t('catalog.statusSince', { status: label, date: formatDate(dateFrom, language) });
    return label;
  };
}
