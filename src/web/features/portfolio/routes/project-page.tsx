import { Anchor, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDeferredValue, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Project } from '../../../../shared/contracts/portfolio';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useProject } from '../api/portfolio-api';
import { ChangeRequestsSection } from '../components/change-requests-section';
import { HealthBadge, StageBadge } from '../components/labels';
import { ControlPointFeedButton, PassportDownloads } from '../components/portfolio-outputs';
import { BasicsEditor, ParticipantsEditor, StageGateControl } from '../components/basics-editors';
import { BudgetTable, ControlPointsTable, RiskMatrix } from '../components/passport-tables';
import { ResultsTable } from '../components/results-table';
import { BudgetEditor, ControlPointsEditor, ResultsEditor, RisksEditor } from '../components/section-editors';
import { VersionCompare } from '../components/version-compare';
import { PeopleAndLinksEditor } from '../components/people-and-links-editor';
import { useDirectionOptions } from '../api/overview-filter-options';
import { ReportsSection } from '../components/reports-section';
import { TimelineChart } from '../components/timeline-chart';

/**
 * Sections below the timeline are usually off screen when the page opens: the browser may skip their
 * style and layout until they scroll near (`content-visibility: auto`), which keeps the first layout
 * of a long passport to what is seen. The box keeps its last measured height, so scrolling does not jump.
 */
const offscreen = { contentVisibility: 'auto', containIntrinsicSize: 'auto 320px' } as const;

/**
 * A passport section; `editor` is the section's edit button, given only to those who may edit. A
 * section `below` the timeline is built in a second, interruptible render once the page above is on
 * screen: its reports, changes and versions (forms, their own requests) would otherwise keep the
 * timeline waiting.
 */
function Section({ title, editor, below, children }: { title: string; editor?: ReactNode; below?: boolean; children: ReactNode }) {
  const built = useDeferredValue(true, !below);
  return (
    <Paper component="section" withBorder p="md" aria-label={title} aria-busy={built ? undefined : true} style={below ? offscreen : undefined}>
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={2} size="h4">{title}</Title>
        {built && editor}
      </Group>
      {built && children}
    </Paper>
  );
}

function Basics({ project }: { project: Project }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  // The passport names its directions by code; the taxonomy (cached for the session) gives their labels.
  const taxonomy = useDirectionOptions().data?.items;
  const directionLabel = (d: { id: string; code: string }) => {
    const label = taxonomy?.find((x) => x.id === d.id)?.label;
    return label ? localized(label) : d.code;
  };
  const row = (label: string, value: ReactNode) => (
    <div>
      <Text size="sm" c="gray.8">{label}</Text>
      <div>{value}</div>
    </div>
  );
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {row(t('portfolio.fullName'), localized(project.fullName))}
        {row(t('portfolio.goal'), localized(project.goal) || '—')}
        {row(t('portfolioForms.program.programOf'), project.program
          ? <Anchor component={Link} to={`/programs/${project.program.id}`}>{`${project.program.code} · ${localized(project.program.name)}`}</Anchor>
          : '—')}
        {row(t('portfolioForms.fields.nationalGoals').replace(/\s*\(.*\)$/, ''), project.nationalGoals.join('; ') || '—')}
        {row(t('portfolio.dates'), `${formatDate(project.startsOn, language)} – ${formatDate(project.endsOn, language)}`)}
        {row(t('portfolio.curator'), project.curator?.fullName ?? '—')}
        {row(t('portfolio.manager'), project.manager?.fullName ?? '—')}
        {row(t('portfolioPeople.administrator'), project.administrator ? localized(project.administrator.fullName) : '—')}
        {row(t('portfolioPeople.directions'), project.directions.map((d) => directionLabel(d)).join(', ') || '—')}
        {row(t('portfolio.ecosystems'), project.ecosystems.map((e) => localized(e.name)).join(', ') || '—')}
        {row(t('portfolio.agreements'), project.agreements.length === 0 ? '—' : (
          <Stack gap={2}>
            {project.agreements.map((a) => <Anchor key={a.id} component={Link} to={`/agreements/${a.id}`}>{a.number ? `${a.number} · ` : ''}{localized(a.title)}</Anchor>)}
          </Stack>
        ))}
      </SimpleGrid>
      {project.stageGates.length > 0 && (
        <>
          <Title order={3} size="h5">{t('portfolio.stageGates')}</Title>
          <List size="sm">
            {project.stageGates.map((g) => (
              <List.Item key={g.approvedAt}>
                {t('portfolio.gate', { from: t(`portfolio.stages.${g.fromStage}`), to: t(`portfolio.stages.${g.toStage}`), who: g.approvedBy, date: formatDateTime(g.approvedAt, language) })}
                {g.comment && <Text size="sm" c="gray.8">{t('portfolioForms.stage.gateComment', { comment: g.comment })}</Text>}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

function Participants({ project }: { project: Project }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  if (project.participants.length === 0) return <Text>{t('portfolio.noItems')}</Text>;
  return (
    <ScrollTable label={t('portfolio.tables.participants')} minWidth={480}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('portfolio.participant')}</Table.Th>
          <Table.Th>{t('portfolio.role')}</Table.Th>
          <Table.Th>{t('portfolio.workload')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {project.participants.map((p) => (
          <Table.Tr key={`${p.organizationId}/${p.personId ?? ''}/${p.role}`}>
            <Table.Td><Anchor component={Link} to={`/organizations/${p.organizationId}`}>{localized(p.organizationName)}</Anchor></Table.Td>
            <Table.Td>{p.role}</Table.Td>
            <Table.Td>{p.workloadPercent === null ? '—' : `${p.workloadPercent}%`}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}

/** The project passport in its standard sections, with the timeline, the budget, the risks, reports and changes. */
export function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const localized = useLocalized();
  const project = useProject(id);
  return (
    <QueryState query={project}>
      {(data) => { const edits = data.can.edit; return (
        <Stack gap="md">
          <PageTitle>{`${data.code} · ${localized(data.shortName)}`}</PageTitle>
          <Group gap="xs" data-testid="project-status">
            <StageBadge stage={data.stage} />
            {data.can.approveStage && <StageGateControl project={data} />}
            <HealthBadge health={data.health} />
            <Text size="sm">{t('portfolio.version', { version: data.version })}</Text>
            <PassportDownloads projectId={data.id} />
          </Group>
          <Group gap="sm"><ControlPointFeedButton projectId={data.id} /></Group>
          <Section title={t('portfolio.sections.basics')} editor={edits && <Group gap="xs"><BasicsEditor project={data} /><PeopleAndLinksEditor project={data} /></Group>}><Basics project={data} /></Section>
          <Section title={t('portfolio.sections.roles')} editor={edits && <ParticipantsEditor project={data} />}><Participants project={data} /></Section>
          <Section title={t('portfolioForms.sections.results')} editor={edits && <ResultsEditor project={data} />}><ResultsTable project={data} /></Section>
          <Section title={t('portfolio.sections.timeline')} editor={edits && <ControlPointsEditor project={data} />}>
            <Stack gap="sm">
              {data.controlPoints.length > 0 && <TimelineChart project={data} />}
              <ControlPointsTable project={data} />
            </Stack>
          </Section>
          <Section below title={t('portfolio.sections.budget')} editor={edits && <BudgetEditor project={data} />}><BudgetTable project={data} /></Section>
          <Section below title={t('portfolio.sections.risks')} editor={edits && <RisksEditor project={data} />}><RiskMatrix project={data} /></Section>
          <Section below title={t('portfolio.sections.reports')}><ReportsSection project={data} /></Section>
          <Section below title={t('portfolio.sections.changes')}><ChangeRequestsSection project={data} /></Section>
          <Section below title={t('portfolioForms.versions.title')}><VersionCompare project={data} /></Section>
        </Stack>
      ); }}
    </QueryState>
  );
}
