import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useProfiles } from '../api/partnering';
import { useReviewThresholds } from '../api/profile-editor';

/**
 * Profiles waiting for review, oldest first: all of them for the center, those of their parks'
 * residents for a park's managers. Opening one leads to its page with the review form.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const queue = useProfiles({ view: 'review', pageSize: 100 });
  const thresholds = useReviewThresholds();
  return (
    <>
      <PageTitle>{t('partneringWork.queue.title')}</PageTitle>
      {thresholds.data && (
        <Paper withBorder p="sm" mb="md">
          <Text size="sm">{t('partneringWork.review.thresholds', thresholds.data)}</Text>
          <Text size="sm" c="dimmed">{t('partneringWork.queue.zeroReturns')}</Text>
        </Paper>
      )}
      <QueryState query={queue}>
        {(data) => data.items.length === 0 ? <Text>{t('partneringWork.queue.empty')}</Text> : (
          <ScrollTable label={t('partneringWork.queue.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('partneringWork.queue.submitted')}</Table.Th>
                  <Table.Th>{t('partneringWork.fields.title')}</Table.Th>
                  <Table.Th>{t('partneringWork.fields.type')}</Table.Th>
                  <Table.Th>{t('partneringWork.fields.organizationId')}</Table.Th>
                  <Table.Th>{t('partneringWork.queue.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>{p.submittedAt ? formatDate(p.submittedAt.slice(0, 10), language) : '—'}</Table.Td>
                    <Table.Td><Anchor component={Link} to={`/partnering/profiles/${p.id}`} lang={p.language}>{p.title}</Anchor></Table.Td>
                    <Table.Td>{t(`partnering.types.${p.type}`)}</Table.Td>
                    <Table.Td>{p.organization ? localized(p.organization.name) : t('partnering.anonymousOwner')}</Table.Td>
                    <Table.Td><Badge variant="light">{t(`partnering.statuses.${p.status}`)}</Badge></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
          </ScrollTable>
        )}
      </QueryState>
    </>
  );
}
