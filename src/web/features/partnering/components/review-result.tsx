import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProfileDto } from '../../../../shared/contracts/partnering';
import { reviewCriteria } from '../../../../shared/partnering';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

/** The reviewer's scores and comment as the author reads them, against the thresholds they were judged by. */
export function ReviewResult({ review }: { review: NonNullable<ProfileDto['lastReview']> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="review-result-heading">
      <Title order={2} size="h4" id="review-result-heading">
        {t(review.decision === 'published' ? 'partneringWork.review.published' : 'partneringWork.review.returned', { date: formatDate(review.reviewedAt.slice(0, 10), language) })}
      </Title>
      <Table mt="xs" withRowBorders={false} fz="sm">
        <Table.Tbody>
          {reviewCriteria.map((c) => (
            <Table.Tr key={c}><Table.Th scope="row" fw={400}>{t(`partnering.profile.criteria.${c}`)}</Table.Th><Table.Td>{review.scores[c]} / 5</Table.Td></Table.Tr>
          ))}
          <Table.Tr><Table.Th scope="row">{t('partneringWork.review.total')}</Table.Th><Table.Td fw={600}>{review.total} / 20</Table.Td></Table.Tr>
        </Table.Tbody>
      </Table>
      <Text size="sm" mt="xs">{t('partneringWork.review.thresholds', review.thresholds)}</Text>
      {review.comment && <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }}><b>{t('partnering.profile.reviewComment')}:</b> {review.comment}</Text>}
    </Paper>
  );
}
