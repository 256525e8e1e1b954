import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorAnalytics } from '../../../../shared/contracts/indicators';

// Dark shades keep the text readable on the light badge (WCAG AA).
const colors: Record<IndicatorAnalytics['status'], string> = { on_track: '#1b6b2c', at_risk: '#8f3500', off_track: '#b02525', no_data: 'gray.8' };

/** The status and, in words, the reason the rule gave it. */
export function StatusBadge({ analytics }: { analytics: IndicatorAnalytics }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={colors[analytics.status]} tt="none" title={t(`indicators.reason.${analytics.statusReason}`)}>
      {t(`indicators.status.${analytics.status}`)} · {t(`indicators.reason.${analytics.statusReason}`)}
    </Badge>
  );
}
