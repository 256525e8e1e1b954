import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../shared/contracts/agreements';

const colors: Record<Agreement['status'], string> = {
  draft: 'gray.8',
  signed: 'blue.8',
  active: 'teal.9',
  expired: 'gray.7',
  terminated: 'red.9',
};

export function AgreementStatusBadge({ status }: { status: Agreement['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="filled" tt="none">
      {t(`enums.agreementStatus.${status}`)}
    </Badge>
  );
}
