import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InfrastructureStatus, InvestorRequestStatus } from '../../../../shared/infrastructure';

// Filled badges with white text: each background dark enough for 4.5:1 (Mantine's orange.9 and green.9 are not).
const darkOrange = '#a63c06';
const objectColors: Record<InfrastructureStatus, string> = { available: 'blue.9', reserved: darkOrange, occupied: 'gray.8' };
const requestColors: Record<InvestorRequestStatus, string> = { new: 'blue.9', in_progress: darkOrange, resident_registered: '#1e6b30', declined: 'gray.8' };

export function ObjectStatusBadge({ status }: { status: InfrastructureStatus }) {
  const { t } = useTranslation();
  return <Badge color={objectColors[status]} variant="filled">{t(`infrastructure.statuses.${status}`)}</Badge>;
}

export function RequestStatusBadge({ status }: { status: InvestorRequestStatus }) {
  const { t } = useTranslation();
  return <Badge color={requestColors[status]} variant="filled">{t(`infrastructure.requestStatuses.${status}`)}</Badge>;
}
