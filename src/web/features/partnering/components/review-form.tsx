import { Button, Group, NumberInput, SimpleGrid, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewCriteria, type ReviewScores } from '../../../../shared/partnering';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useReview } from '../api/partnering';

/** Scores on the four criteria, 0–5; the server decides against the thresholds. */
export function ReviewForm({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const review = useReview(profileId);
  const [scores, setScores] = useState<ReviewScores>({ innovation: 4, clarity: 4, expectations: 4, completeness: 4 });
  const [comment, setComment] = useState('');
  return (
    <section aria-labelledby="review-heading">
      <Title order={2} size="h3" id="review-heading" mt="lg" mb="sm">{t('partnering.profile.review')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {reviewCriteria.map((criterion) => (
          <NumberInput key={criterion} label={t(`partnering.profile.criteria.${criterion}`)} min={0} max={5} value={scores[criterion]}
            onChange={(v) => setScores((s) => ({ ...s, [criterion]: typeof v === 'number' ? v : 0 }))} />
        ))}
      </SimpleGrid>
      <Textarea label={t('partnering.profile.reviewComment')} mt="sm" value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
      {review.error && <ErrorAlert error={review.error} />}
      <Group mt="sm"><Button loading={review.isPending} onClick={() => review.mutate({ scores, ...(comment ? { comment } : {}) })}>{t('partnering.profile.submitReview')}</Button></Group>
    </section>
  );
}
