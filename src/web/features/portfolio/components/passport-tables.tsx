import { Box, Stack, Table, Text, Title } from '@mantine/core';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/portfolio';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate, formatRubles } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { PointStatusBadge } from './labels';

/**
 * The control points in words, under the timeline. A long schedule's table starts below the fold: the
 * browser lays it out when it scrolls near (`content-visibility: auto`), about 41 px a row until then.
 */
export function ControlPointsTable({ project: current }: { project: Project }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  // The table follows the timeline: its rows are built in a second, interruptible render, so the
  // chart above is not kept waiting for hundreds of rows nobody sees yet.
  const project = useDeferredValue<Project | null>(current, null);
  if (!project) return <Box mih={current.controlPoints.length * 41} aria-busy="true" />;
  if (project.controlPoints.length === 0) return <Text>{t('portfolio.noItems')}</Text>;
  const table = (
    <ScrollTable label={t('portfolio.tables.points')} minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('portfolio.point')}</Table.Th>
          <Table.Th>{t('portfolio.due')}</Table.Th>
          <Table.Th>{t('portfolio.forecast')}</Table.Th>
          <Table.Th>{t('portfolio.actual')}</Table.Th>
          <Table.Th>{t('portfolio.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {project.controlPoints.map((p) => (
          <Table.Tr key={p.key}>
            <Table.Td>
              <Text size="sm" fw={p.critical ? 700 : 400}>{p.key}. {localized(p.title)}</Text>
              {p.critical && <Text size="xs" c="red.9">{t('portfolio.critical')}</Text>}
            </Table.Td>
            <Table.Td>{formatDate(p.dueOn, language)}</Table.Td>
            <Table.Td>{formatDate(p.forecastOn, language) || '—'}</Table.Td>
            <Table.Td>{formatDate(p.actualOn, language) || '—'}</Table.Td>
            <Table.Td><PointStatusBadge status={p.status} /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
  if (project.controlPoints.length < 20) return table;
  return <div style={{ contentVisibility: 'auto', containIntrinsicSize: `auto ${project.controlPoints.length * 41 + 60}px` }}>{table}</div>;
}

export function BudgetTable({ project }: { project: Project }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (project.budget.length === 0) return <Text>{t('portfolio.noItems')}</Text>;
  const plan = project.budget.reduce((sum, b) => sum + b.planRub, 0);
  const actual = project.budget.reduce((sum, b) => sum + (b.actualRub ?? 0), 0);
  const money = (value: number | null) => (value === null ? '—' : formatRubles(value, language));
  return (
    <ScrollTable label={t('portfolio.tables.budget')} minWidth={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('portfolio.year')}</Table.Th>
          <Table.Th>{t('portfolio.source')}</Table.Th>
          <Table.Th>{t('portfolio.plan')}</Table.Th>
          <Table.Th>{t('portfolio.actual')}</Table.Th>
          <Table.Th>{t('portfolio.deviation')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {project.budget.map((b) => (
          <Table.Tr key={`${b.year}/${b.source}/${b.resultKey ?? ''}`}>
            <Table.Td>{b.year}</Table.Td>
            <Table.Td>{t(`portfolio.sources.${b.source}`)}{b.resultKey ? ` · ${b.resultKey}` : ''}</Table.Td>
            <Table.Td>{money(b.planRub)}</Table.Td>
            <Table.Td>{money(b.actualRub)}</Table.Td>
            <Table.Td c={b.deviationRub !== null && b.deviationRub < 0 ? 'red.9' : undefined}>{money(b.deviationRub)}</Table.Td>
          </Table.Tr>
        ))}
        <Table.Tr fw={700}>
          <Table.Td colSpan={2}>{t('portfolio.total')}</Table.Td>
          <Table.Td>{money(plan)}</Table.Td>
          <Table.Td>{money(actual)}</Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tbody>
    </ScrollTable>
  );
}

/** Risk colour by score: dark enough for white text at 4.5:1. */
const cellColor = (score: number) => (score >= 15 ? '#a61e1e' : score >= 8 ? '#8a4a00' : '#2b6b33');

/** The 5×5 matrix as a table (impact across, probability down), then the risks with their scores. */
export function RiskMatrix({ project }: { project: Project }) {
  const { t } = useTranslation();
  const levels = [5, 4, 3, 2, 1];
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">{t('portfolio.riskMatrix')}</Title>
      <ScrollTable label={t('portfolio.tables.matrix')} minWidth={320}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('portfolio.probability')} \ {t('portfolio.impact')}</Table.Th>
            {[1, 2, 3, 4, 5].map((i) => <Table.Th key={i} ta="center">{i}</Table.Th>)}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {levels.map((p) => (
            <Table.Tr key={p}>
              <Table.Th scope="row">{p}</Table.Th>
              {[1, 2, 3, 4, 5].map((i) => {
                const count = project.risks.filter((r) => r.probability === p && r.impact === i && r.status !== 'closed').length;
                return (
                  <Table.Td key={i} ta="center" style={{ background: count ? cellColor(p * i) : undefined, color: count ? '#fff' : undefined }} aria-label={t('portfolio.cellRisks', { count })}>
                    {count || ''}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
      {project.risks.length === 0 ? <Text>{t('portfolio.noItems')}</Text> : (
        <ScrollTable label={t('portfolio.tables.risks')} minWidth={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('portfolio.risk')}</Table.Th>
              <Table.Th>{t('portfolio.score')}</Table.Th>
              <Table.Th>{t('portfolio.mitigation')}</Table.Th>
              <Table.Th>{t('portfolio.owner')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...project.risks].sort((a, b) => b.score - a.score).map((r) => (
              <Table.Tr key={r.description}>
                <Table.Td>{r.description}</Table.Td>
                <Table.Td>{r.score} ({r.probability}×{r.impact})</Table.Td>
                <Table.Td>{r.mitigation ?? '—'}</Table.Td>
                <Table.Td>{r.owner ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </Stack>
  );
}
