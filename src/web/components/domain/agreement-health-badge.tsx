import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HealthState } from '../../../shared/agreement-health';

// Dark shades: white text on them passes contrast (axe) in every state.
const colors: Record<HealthState, string> = { green: 'teal.9', amber: '#a33a00', red: 'red.9', none: 'gray.7' };

/** The red/amber/green state of a roadmap, with its word (never colour alone). */
export function AgreementHealthBadge({ state }: { state: HealthState }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[state]} variant="filled" tt="none">
      {t(`agreements.health.${state}`)}
    </Badge>
  );
}
