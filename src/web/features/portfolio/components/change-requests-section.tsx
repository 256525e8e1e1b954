import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/portfolio';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useChangeRequests, useDecideChange } from '../api/portfolio-api';

/** Change requests with the effect computed before the decision: moved dates and indicator targets losing their results. */
export function ChangeRequestsSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const requests = useChangeRequests(project.id);
  const decide = useDecideChange(project.id);
  const date = (value: string) => formatDate(value, language);
  return (
    <QueryState query={requests}>
      {(data) => (data.items.length === 0 ? <Text>{t('portfolio.noItems')}</Text> : (
        <Stack gap="xs">
          {data.items.map((r) => (
            <Paper key={r.id} withBorder p="sm" data-testid="change-request">
              <Group gap="xs">
                <Badge variant="outline" color="gray.8" tt="none">{t(`portfolio.changeStatus.${r.status}`)}</Badge>
                <Text size="sm">{t('portfolio.version', { version: r.baseVersion })}</Text>
              </Group>
              <Text size="sm" mt={4}>{t('portfolio.changeJustification')}: {r.justification}</Text>
              <List size="sm" mt={4}>
                {r.effect.movedResults.map((m) => <List.Item key={`r-${m.key}`}>{t('portfolio.movedResult', { key: m.key, from: date(m.from), to: date(m.to) })}</List.Item>)}
                {r.effect.movedControlPoints.map((m) => <List.Item key={`p-${m.key}`}>{t('portfolio.movedPoint', { key: m.key, from: date(m.from), to: date(m.to) })}</List.Item>)}
              </List>
              <Text size="sm" fw={700} mt="xs">{t('portfolio.effect')}</Text>
              {r.effect.uncoveredTargets.length === 0 ? <Text size="sm">{t('portfolio.noEffect')}</Text> : (
                <List size="sm" data-testid="uncovered-targets">
                  {r.effect.uncoveredTargets.map((u) => (
                    <List.Item key={`${u.indicatorId}/${u.year}`} c="red.9">
                      {t('portfolio.uncovered', { code: u.code, name: localized(u.name), year: u.year, before: u.coveredPercentBefore, after: u.coveredPercentAfter })}
                    </List.Item>
                  ))}
                </List>
              )}
              {r.status === 'pending' && project.can.approveStage && (
                <Group gap="xs" mt="xs">
                  <Button size="xs" loading={decide.isPending} onClick={() => decide.mutate({ requestId: r.id, decision: 'approve' }, { onSuccess: () => notify(t('portfolio.changeDecided')) })}>{t('portfolio.approve')}</Button>
                  <Button size="xs" variant="outline" color="red.9" loading={decide.isPending} onClick={() => decide.mutate({ requestId: r.id, decision: 'reject' }, { onSuccess: () => notify(t('portfolio.changeDecided')) })}>{t('portfolio.reject')}</Button>
                </Group>
              )}
            </Paper>
          ))}
          {decide.error && <ErrorAlert error={decide.error} />}
        </Stack>
      ))}
    </QueryState>
  );
}
