import { Button, Group, Select, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { areComplementary, type ProfileType } from '../../../../shared/partnering';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useProfiles, useSendInterest } from '../api/partnering';

/** An expression of interest from one of the caller's published profiles that complements this one. */
export function InterestForm({ toProfileId, toType }: { toProfileId: string; toType: ProfileType }) {
  const { t } = useTranslation();
  const mine = useProfiles({ view: 'mine', pageSize: 100 });
  const send = useSendInterest();
  const [from, setFrom] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const options = (mine.data?.items ?? []).filter((p) => p.status === 'published' && p.id !== toProfileId && areComplementary(p.type, toType) && p.canEdit);
  if (!options.length) return null;
  return (
    <section aria-labelledby="interest-heading">
      <Title order={2} size="h3" id="interest-heading" mt="lg" mb="sm">{t('partnering.profile.interest')}</Title>
      <Select label={t('partnering.profile.fromProfile')} value={from} onChange={setFrom} data={options.map((p) => ({ value: p.id, label: p.title }))} />
      <Textarea label={t('partnering.profile.message')} mt="sm" value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
      {send.error && <ErrorAlert error={send.error} />}
      <Group mt="sm">
        <Button disabled={!from || !message} loading={send.isPending}
          onClick={() => send.mutate({ fromProfileId: from!, toProfileId, message }, { onSuccess: () => { notify(t('partnering.profile.sent')); setMessage(''); } })}>
          {t('partnering.profile.send')}
        </Button>
      </Group>
    </section>
  );
}
