import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../../components/ui/pager';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDateTime } from '../../../lib/format';
import { useSearchState } from '../../../lib/use-search-state';
import { useLanguage } from '../../../lib/use-language';
import { useAudit, type ListAuditQuery } from '../api/list-audit';
import { AuditChanges } from '../components/audit-changes';
import { AuditFilters } from '../components/audit-filters';

const pageSize = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { values, page, update, setPage } = useSearchState(['entityType', 'actorUserId', 'from', 'to'] as const);
  const audit = useAudit({ ...values, page, pageSize, sort: '-at' } as ListAuditQuery);

  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <AuditFilters values={values} onApply={(filters) => update(filters)} />
      <QueryState query={audit}>
        {(data) => (
          <>
            <ScrollTable label={t('audit.title')} minWidth={860}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.at')}</Table.Th>
                  <Table.Th>{t('audit.actor')}</Table.Th>
                  <Table.Th>{t('audit.action')}</Table.Th>
                  <Table.Th>{t('audit.entity')}</Table.Th>
                  <Table.Th>{t('audit.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at, language)}</Table.Td>
                    <Table.Td>{entry.actorLabel}</Table.Td>
                    <Table.Td>
                      <Code>{entry.action}</Code>
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {entry.entityType}
                      <Text size="xs" c="dimmed">
                        {entry.entityId}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <AuditChanges changes={entry.changes} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
            {data.items.length === 0 && <Text mt="md">{t('common.empty')}</Text>}
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
