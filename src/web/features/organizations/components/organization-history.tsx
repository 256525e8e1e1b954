import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { useOrganizationHistory } from '../api/get-organization-history';
import { historyValue } from './history-value';

/** Bookkeeping columns that mean nothing to a reader of the history. */
const hiddenFields = new Set(['id', 'logoFileId']);

/** Who changed what and when, from the audit log; shown to those who may read the private figures. */
export function OrganizationHistory({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [page, setPage] = useState(1);
  const history = useOrganizationHistory(organizationId, page, true);
  const fieldLabel = (field: string) => t(`organizationForm.historyField.${field}`, { defaultValue: field });

  return (
    <Stack gap="xs" component="section" aria-labelledby="organization-history">
      <Title order={2} size="h4" id="organization-history">
        {t('organizationForm.history')}
      </Title>
      <QueryState query={history}>
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('organizationForm.historyEmpty')}
            </Text>
          ) : (
            <>
              <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {data.items.map((entry) => {
                  // "nothing" → "no codes" is no change to a reader, so such lines are left out.
                  const changes = Object.entries(entry.changes)
                    .filter(([field]) => !hiddenFields.has(field))
                    .map(([field, { before, after }]) => ({ field, before: historyValue(field, before, language, t), after: historyValue(field, after, language, t) }))
                    .filter(({ before, after }) => before !== after);
                  return (
                    <Paper key={entry.id} component="li" withBorder p="sm">
                      <Group gap="xs" wrap="wrap" mb={changes.length ? 'xs' : 0}>
                        <Text size="sm" fw={650}>
                          {t(`organizationForm.historyAction.${entry.action}`, { defaultValue: entry.action })}
                        </Text>
                        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time> · {entry.actorLabel}
                        </Text>
                      </Group>
                      {changes.length > 0 && (
                        <List size="sm" spacing={2} listStyleType="none" aria-label={t('organizationForm.historyChanges')}>
                          {changes.map(({ field, before, after }) => (
                            <List.Item key={field} style={{ overflowWrap: 'anywhere' }}>
                              <Text span size="sm" fw={600}>
                                {fieldLabel(field)}
                              </Text>
                              {': '}
                              <del>{before}</del>
                              {' → '}
                              <ins style={{ textDecoration: 'none', fontWeight: 600 }}>{after}</ins>
                            </List.Item>
                          ))}
                        </List>
                      )}
                    </Paper>
                  );
                })}
              </Stack>
              {data.total > data.pageSize && <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />}
            </>
          )
        }
      </QueryState>
    </Stack>
  );
}
