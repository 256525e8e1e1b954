import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ControlPointStatus, ProjectHealth, ProjectStage } from '../../../../shared/portfolio';

/** Labels wrap instead of being cut off in narrow table columns. */
const wrap = { root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

/** Dark shades on outline badges: the text keeps a 4.5:1 contrast on the page. */
const healthColor: Record<ProjectHealth, string> = { green: '#1e6b30', amber: '#8f4400', red: '#a61e1e', none: '#343a40' };
const pointColor: Record<ControlPointStatus, string> = { planned: '#343a40', at_risk: '#8f4400', overdue: '#a61e1e', done: '#1e6b30', done_late: '#0b5e52' };

export function HealthBadge({ health }: { health: ProjectHealth }) {
  const { t } = useTranslation();
  return <Badge color={healthColor[health]} variant="outline" tt="none" styles={wrap}>{t(`portfolio.healthStates.${health}`)}</Badge>;
}

export function StageBadge({ stage }: { stage: ProjectStage }) {
  const { t } = useTranslation();
  return <Badge color="#1c4f8a" variant="outline" tt="none" styles={wrap}>{t(`portfolio.stages.${stage}`)}</Badge>;
}

export function PointStatusBadge({ status }: { status: ControlPointStatus }) {
  const { t } = useTranslation();
  return <Badge color={pointColor[status]} variant="outline" tt="none" styles={wrap}>{t(`portfolio.pointStatus.${status}`)}</Badge>;
}
