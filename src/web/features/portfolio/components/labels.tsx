import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ControlPointStatus, ProjectHealth, ProjectStage } from '../../../../shared/portfolio';

/** Dark shades: the badge text keeps a 4.5:1 contrast on its light background. */
const healthColor: Record<ProjectHealth, string> = { green: 'green.9', amber: 'orange.9', red: 'red.9', none: 'gray.8' };
const pointColor: Record<ControlPointStatus, string> = { planned: 'gray.8', at_risk: 'orange.9', overdue: 'red.9', done: 'green.9', done_late: 'teal.9' };

export function HealthBadge({ health }: { health: ProjectHealth }) {
  const { t } = useTranslation();
  return <Badge color={healthColor[health]} variant="light" tt="none">{t(`portfolio.healthStates.${health}`)}</Badge>;
}

export function StageBadge({ stage }: { stage: ProjectStage }) {
  const { t } = useTranslation();
  return <Badge color="blue.9" variant="outline" tt="none">{t(`portfolio.stages.${stage}`)}</Badge>;
}

export function PointStatusBadge({ status }: { status: ControlPointStatus }) {
  const { t } = useTranslation();
  return <Badge color={pointColor[status]} variant="light" tt="none">{t(`portfolio.pointStatus.${status}`)}</Badge>;
}
