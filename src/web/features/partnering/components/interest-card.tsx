import { Anchor, Badge, Button, Card, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InterestDto } from '../../../../shared/contracts/partnering';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { IntroduceForm, MeetingForm, OutcomeForm } from './interest-actions';

/** One expression of interest: who, what, each step with its date, and the next step the reader may take. */
export function InterestCard({ interest: i }: { interest: InterestDto }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [closing, setClosing] = useState(false);
  const name = (o: InterestDto['fromOrganization']) => (o ? localized(o.name) : t('partnering.interests.hidden'));
  const day = (iso: string | null) => (iso ? formatDate(iso.slice(0, 10), language) : null);
  const steps = [
    { label: t('partneringWork.steps.sentOn'), on: day(i.sentAt), text: null },
    { label: t('partneringWork.steps.introducedOn'), on: day(i.introducedAt), text: i.introductionNote },
    { label: t('partneringWork.steps.meetingRecorded'), on: i.meetingOn ? formatDate(i.meetingOn, language) : null, text: [i.meetingFormat && t(`partneringWork.steps.formats.${i.meetingFormat}`), i.meetingNotes].filter(Boolean).join(' — ') },
    { label: t('partneringWork.steps.outcomeOn'), on: day(i.outcomeAt), text: i.closedReason ?? i.projectLink ?? (i.agreementId ? t('partneringWork.steps.agreementLinked') : null) },
  ].filter((s) => s.on);
  return (
    <Card withBorder padding="sm" component="article" aria-label={`${i.fromProfile.title} → ${i.toProfile.title}`}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Text fw={600}>
          <Anchor component={Link} to={`/partnering/profiles/${i.fromProfile.id}`}>{i.fromProfile.title}</Anchor> → <Anchor component={Link} to={`/partnering/profiles/${i.toProfile.id}`}>{i.toProfile.title}</Anchor>
        </Text>
        <Badge>{t(`partnering.interests.statuses.${i.status}`)}</Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('partnering.interests.from')}: {name(i.fromOrganization)} · {t('partnering.interests.to')}: {name(i.toOrganization)}
        {i.routedTo === 'intermediary' ? ` · ${t('partneringWork.steps.viaIntermediary')}` : ''}
      </Text>
      <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>{i.message}</Text>
      <List size="sm" mt="xs" spacing={2}>
        {steps.map((s) => (
          <List.Item key={s.label}>
            <b>{s.label}:</b> {s.on}{s.text ? ` — ${s.text}` : ''}
            {s.label === t('partneringWork.steps.outcomeOn') && i.agreementId && <> · <Anchor component={Link} to={`/agreements/${i.agreementId}`}>{t('partneringWork.steps.openAgreement')}</Anchor></>}
          </List.Item>
        ))}
      </List>
      {i.canIntroduce && <IntroduceForm interest={i} />}
      {i.canAdvance && <MeetingForm interest={i} />}
      {i.canAdvance && <OutcomeForm interest={i} />}
      {i.canIntroduce && !i.canAdvance && (
        <>
          <Group mt="xs"><Button size="xs" variant="subtle" onClick={() => setClosing((c) => !c)} aria-expanded={closing}>{t('partneringWork.steps.decline')}</Button></Group>
          {closing && <OutcomeForm interest={i} />}
        </>
      )}
    </Card>
  );
}
