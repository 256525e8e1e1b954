import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Obligation } from '../../../../shared/contracts/agreements';

const colors: Record<Obligation['status'], string> = { planned: 'gray.7', in_progress: 'blue.8', overdue: 'red.9', done: 'teal.9', cancelled: 'gray.6' };

export function ObligationStatusBadge({ status }: { status: Obligation['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="filled" tt="none">
      {t(`agreements.obligationStatus.${status}`)}
    </Badge>
  );
}
