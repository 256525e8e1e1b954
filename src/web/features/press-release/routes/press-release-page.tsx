import { Alert, Anchor, Breadcrumbs, Button, Grid, Group, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DraftsFromText } from '../../../../shared/contracts/agreement-drafts';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { PageTitle } from '../../../components/ui/page-title';
import { useAcceptDrafts } from '../api/accept-drafts';
import { useReadPressRelease } from '../api/read-press-release';
import { DraftEditor } from '../components/draft-editor';
import { HighlightedText } from '../components/highlighted-text';
import { acceptedOf, reviewOf, type ReviewedDraft } from '../components/reviewed-draft';
import { samplePressRelease } from '../components/sample-press-release';

/** Paste a press release, review what was read from it beside the text, accept the agreements. */
export function PressReleasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const [result, setResult] = useState<DraftsFromText | null>(null);
  const [reviews, setReviews] = useState<ReviewedDraft[]>([]);
  const read = useReadPressRelease();
  const accept = useAcceptDrafts();
  const [nothingSelected, setNothingSelected] = useState(false);

  const submitText = (event: React.FormEvent) => {
    event.preventDefault();
    read.mutate({ text, publishedOn: publishedOn || null }, {
      onSuccess: (answer) => { setResult(answer); setReviews(answer.drafts.map(reviewOf)); },
    });
  };

  const submitDrafts = () => {
    if (!result) return;
    const agreements = result.drafts.flatMap((draft, index) => (reviews[index]!.include ? [acceptedOf(draft, reviews[index]!)] : []));
    setNothingSelected(agreements.length === 0);
    if (!agreements.length) return;
    accept.mutate({ text: result.text, publishedOn: publishedOn || null, agreements }, {
      onSuccess: (created) => {
        notify(t('pressRelease.accepted', { count: created.agreementIds.length }));
        void navigate(created.agreementIds.length === 1 ? `/agreements/${created.agreementIds[0]}` : '/agreements');
      },
    });
  };

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/agreements">{t('agreements.title')}</Anchor>
      </Breadcrumbs>
      <PageTitle>{t('pressRelease.title')}</PageTitle>
      <form onSubmit={submitText}>
        <Stack gap="sm">
          <Textarea label={t('pressRelease.text')} description={t('pressRelease.textHint')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={6} maxRows={16} required lang="ru" />
          <Group align="flex-end" wrap="wrap">
            <TextInput type="date" label={t('pressRelease.publishedOn')} description={t('pressRelease.publishedOnHint')} value={publishedOn} onChange={(e) => setPublishedOn(e.currentTarget.value)} />
            <Button type="submit" loading={read.isPending}>{t('pressRelease.read')}</Button>
            <Button variant="subtle" onClick={() => setText(samplePressRelease)}>{t('pressRelease.sample')}</Button>
          </Group>
          {read.error && <ErrorAlert error={read.error} />}
        </Stack>
      </form>

      {result && result.drafts.length === 0 && <Alert color="yellow" variant="light" role="status">{t(result.reason === 'not_russian' ? 'pressRelease.notRussian' : 'pressRelease.noAgreement')}</Alert>}
      {result && result.drafts.length > 0 && (
        <>
          <Text role="status">{t('pressRelease.found', { count: result.drafts.length })}</Text>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Paper withBorder p="md" component="section" aria-labelledby="source-text">
                <Title order={2} size="h4" id="source-text" mb="xs">{t('pressRelease.sourceText')}</Title>
                <Text size="xs" c="dimmed" mb="sm">{t('pressRelease.legend')}</Text>
                <div lang="ru"><HighlightedText text={result.text} drafts={result.drafts} /></div>
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack gap="md">
                {result.drafts.map((draft, index) => (
                  <DraftEditor key={index} number={index + 1} draft={draft} review={reviews[index]!} onChange={(review) => setReviews(reviews.map((r, i) => (i === index ? review : r)))} />
                ))}
                {nothingSelected && <Alert color="yellow" variant="light" role="alert">{t('pressRelease.nothingSelected')}</Alert>}
                {accept.error && <ErrorAlert error={accept.error} />}
                <Group>
                  <Button onClick={submitDrafts} loading={accept.isPending}>{t('pressRelease.accept')}</Button>
                </Group>
              </Stack>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
