import { Badge, Button, Group, NumberInput, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/portfolio';
import type { ProjectReport } from '../../../../shared/contracts/portfolio-monitoring';
import { ragStates } from '../../../../shared/portfolio';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { QueryState } from '../../../components/ui/query-state';
import { useReports, useReviewReport, useSubmitReport } from '../api/portfolio-api';
import { HealthBadge } from './labels';

type Draft = { year: number; quarter: string; rag: (typeof ragStates)[number]; justification: string };

/** The last quarter that has ended: what a manager usually reports on. */
function lastQuarter(): Pick<Draft, 'year' | 'quarter'> {
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3);
  return q === 0 ? { year: now.getUTCFullYear() - 1, quarter: '4' } : { year: now.getUTCFullYear(), quarter: String(q) };
}

function ReviewControls({ project, report }: { project: Project; report: ProjectReport }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const review = useReviewReport(project.id);
  const decide = (decision: 'approve' | 'return') => review.mutate({ reportId: report.id, decision, comment: comment || undefined }, { onSuccess: () => notify(t('portfolio.reportReviewed')) });
  return (
    <Stack gap="xs">
      <Textarea label={t('portfolio.reviewComment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} rows={3} />
      <Group gap="xs">
        <Button size="xs" onClick={() => decide('approve')} loading={review.isPending}>{t('portfolio.approve')}</Button>
        <Button size="xs" variant="outline" color="red.9" onClick={() => decide('return')} loading={review.isPending}>{t('portfolio.returnReport')}</Button>
      </Group>
      {review.error && <ErrorAlert error={review.error} />}
    </Stack>
  );
}

/**
 * Monitoring reports: the list with review state and lateness, the manager's form, the curator's decision.
 * The text fields have a fixed height: a growing field measures the page on every render, and on a
 * passport with a long timeline each measure lays out the whole page again.
 */
export function ReportsSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const reports = useReports(project.id);
  const submit = useSubmitReport(project.id);
  const [draft, setDraft] = useState<Draft>({ ...lastQuarter(), rag: 'green', justification: '' });
  const period = (r: ProjectReport) => t(r.periodKind === 'quarter' ? 'portfolio.quarterOf' : 'portfolio.monthOf', { index: r.periodIndex, year: r.year });
  const send = () => submit.mutate(
    { periodKind: 'quarter', year: draft.year, periodIndex: Number(draft.quarter), rag: draft.rag, justification: draft.justification },
    { onSuccess: () => { notify(t('portfolio.reportSent')); setDraft((d) => ({ ...d, justification: '' })); } },
  );
  return (
    <Stack gap="sm">
      <QueryState query={reports}>
        {(data) => (data.items.length === 0 ? <Text>{t('portfolio.noItems')}</Text> : (
          <Stack gap="xs" data-testid="reports-list">
            {data.items.map((r) => (
              <Paper key={r.id} withBorder p="sm" data-report-status={r.status}>
                <Group gap="xs" wrap="wrap">
                  <Text fw={700}>{period(r)}</Text>
                  <Badge variant="outline" color="gray.8" tt="none">{t(`portfolio.reportStatus.${r.status}`)}</Badge>
                  <HealthBadge health={r.rag} />
                  {r.late && <Badge color="red.9" variant="outline" tt="none">{t('portfolio.late')}</Badge>}
                </Group>
                <Text size="sm" mt={4}>{r.justification}</Text>
                {r.reviewComment && <Text size="sm" c="#8f4400" mt={4}>{t('portfolio.curatorComment', { comment: r.reviewComment })}</Text>}
                {r.status === 'submitted' && project.can.reviewReport && <ReviewControls project={project} report={r} />}
                {r.status === 'returned' && project.can.submitReport && (
                  <Button size="xs" variant="light" mt="xs" onClick={() => setDraft({ year: r.year, quarter: String(r.periodIndex), rag: r.rag, justification: r.justification })}>
                    {t('portfolio.resubmit')}
                  </Button>
                )}
              </Paper>
            ))}
          </Stack>
        ))}
      </QueryState>
      {project.can.submitReport && (
        <Paper withBorder p="sm" component="form" onSubmit={(e) => { e.preventDefault(); send(); }}>
          <Title order={3} size="h5" mb="xs">{t('portfolio.submitReport')}</Title>
          <Group gap="sm" align="end" wrap="wrap">
            <NumberInput label={t('portfolio.year')} value={draft.year} onChange={(v) => setDraft((d) => ({ ...d, year: Number(v) }))} min={2000} max={2100} w={110} />
            <Select label={t('portfolio.quarter')} value={draft.quarter} onChange={(v) => setDraft((d) => ({ ...d, quarter: v ?? '1' }))} data={['1', '2', '3', '4']} w={110} allowDeselect={false} />
            <Select
              label={t('portfolio.rag')} value={draft.rag} allowDeselect={false} w={180}
              onChange={(v) => setDraft((d) => ({ ...d, rag: (v ?? 'green') as Draft['rag'] }))}
              data={ragStates.map((r) => ({ value: r, label: t(`portfolio.healthStates.${r}`) }))}
            />
          </Group>
          <Textarea label={t('portfolio.justification')} required mt="xs" value={draft.justification} onChange={(e) => { const value = e.currentTarget.value; setDraft((d) => ({ ...d, justification: value })); }} rows={3} />
          <Button type="submit" mt="xs" loading={submit.isPending}>{t('portfolio.send')}</Button>
          {submit.error && <ErrorAlert error={submit.error} />}
        </Paper>
      )}
    </Stack>
  );
}
