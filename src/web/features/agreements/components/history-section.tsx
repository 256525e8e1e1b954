import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { useAgreementHistory } from '../api/get-agreement-history';

const hiddenFields = new Set(['id', 'obligationId', 'documentId', 'position', 'updatedAt']);
/** Lists of ids: a reader learns that they changed; the values themselves are on the page. */
const idFields = new Set(['parties', 'signatories', 'directionIds', 'relations', 'responsibleOrganizationId', 'evidenceDocumentId', 'file']);
const shown = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value));

/** Who changed what and when in the agreement and its roadmap, from the audit log. */
export function HistorySection({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [page, setPage] = useState(1);
  const history = useAgreementHistory(agreementId, page);
  return (
    <Stack gap="xs" component="section" aria-labelledby="agreement-history">
      <Title order={2} size="h4" id="agreement-history">{t('agreements.history.title')}</Title>
      <QueryState query={history}>
        {(data) => data.items.length === 0 ? <Text size="sm" c="dimmed">{t('agreements.history.empty')}</Text> : (
          <>
            <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {data.items.map((entry) => {
                const changes = Object.entries(entry.changes).filter(([field, { before, after }]) => !hiddenFields.has(field) && shown(before) !== shown(after) && !(shown(before) === '—' && shown(after) === '[]'));
                return (
                  <Paper key={entry.id} component="li" withBorder p="sm">
                    <Group gap="xs" wrap="wrap">
                      <Text size="sm" fw={650}>{t(`agreements.history.action.${entry.action}`, { defaultValue: entry.action })}</Text>
                      <Text size="sm" c="dimmed"><time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time> · {entry.actorLabel}</Text>
                    </Group>
                    {changes.length > 0 && (
                      <List size="sm" spacing={2} listStyleType="none">
                        {changes.slice(0, 12).map(([field, { before, after }]) => (
                          <List.Item key={field} style={{ overflowWrap: 'anywhere' }}>
                            <Text span size="sm" fw={600}>{t(`agreements.history.field.${field}`, { defaultValue: field })}</Text>{': '}
                            {idFields.has(field) ? t('agreements.history.changed') : (<><del>{shown(before)}</del>{' → '}<ins style={{ textDecoration: 'none', fontWeight: 600 }}>{shown(after)}</ins></>)}
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
        )}
      </QueryState>
    </Stack>
  );
}
