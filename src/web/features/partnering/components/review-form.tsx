import { Button, Group, NumberInput, SimpleGrid, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileDto } from '../../../../shared/contracts/partnering';
import { reviewCriteria, type ReviewScores } from '../../../../shared/partnering';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useReview } from '../api/partnering';
import { useReviewThresholds, useStartReview } from '../api/profile-editor';

/** Scores on the four criteria, 0–5, against the thresholds shown; the server decides. */
export function ReviewForm({ profileId, status }: { profileId: string; status: ProfileDto['status'] }) {
  const { t } = useTranslation();
  const review = useReview(profileId);
  const start = useStartReview();
  const thresholds = useReviewThresholds();
  const [scores, setScores] = useState<ReviewScores>({ innovation: 4, clarity: 4, expectations: 4, completeness: 4 });
  const [comment, setComment] = useState('');
  const total = reviewCriteria.reduce((sum, c) => sum + scores[c], 0);
  return (
    <section aria-labelledby="review-heading">
      <Title order={2} size="h3" id="review-heading" mt="lg" mb="sm">{t('partnering.profile.review')}</Title>
      {thresholds.data && <Text size="sm" mb="xs">{t('partneringWork.review.thresholds', thresholds.data)} {t('partneringWork.queue.zeroReturns')}</Text>}
      {status === 'submitted' && (
        <Group mb="sm">
          <Button variant="default" size="xs" loading={start.isPending} onClick={() => start.mutate(profileId, { onSuccess: () => notify(t('partneringWork.review.taken')) })}>{t('partneringWork.review.take')}</Button>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {reviewCriteria.map((criterion) => (
          <NumberInput key={criterion} label={t(`partnering.profile.criteria.${criterion}`)} min={0} max={5} clampBehavior="strict" allowDecimal={false} value={scores[criterion]}
            onChange={(v) => setScores((s) => ({ ...s, [criterion]: typeof v === 'number' ? v : 0 }))} />
        ))}
      </SimpleGrid>
      <Text size="sm" mt="xs">{t('partneringWork.review.totalNow', { total })}</Text>
      <Textarea label={t('partnering.profile.reviewComment')} mt="sm" value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
      {review.error && <ErrorAlert error={review.error} />}
      {start.error && <ErrorAlert error={start.error} />}
      <Group mt="sm">
        <Button loading={review.isPending} onClick={() => review.mutate({ scores, ...(comment ? { comment } : {}) }, { onSuccess: (p) => notify(t(p.status === 'published' ? 'partneringWork.review.publishedNotice' : 'partneringWork.review.returnedNotice')) })}>
          {t('partnering.profile.submitReview')}
        </Button>
      </Group>
    </section>
  );
}
