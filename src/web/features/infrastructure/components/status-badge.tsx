import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InfrastructureStatus, InvestorRequestStatus } from '../../../../shared/infrastructure';

const objectColors: Record<InfrastructureStatus, string> = { available: 'blue.9', reserved: 'orange.9', occupied: 'gray.8' };
const requestColors: Record<InvestorRequestStatus, string> = { new: 'blue.9', in_progress: 'orange.9', resident_registered: 'green.9', declined: 'gray.8' };

export function ObjectStatusBadge({ status }: { status: InfrastructureStatus }) {
  const { t } = useTranslation();
  return <Badge color={objectColors[status]} variant="filled">{t(`infrastructure.statuses.${status}`)}</Badge>;
}

export function RequestStatusBadge({ status }: { status: InvestorRequestStatus }) {
  const { t } = useTranslation();
  return <Badge color={requestColors[status]} variant="filled">{t(`infrastructure.requestStatuses.${status}`)}</Badge>;
}
