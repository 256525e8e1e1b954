import { Button, Group, MultiSelect, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { periodKinds, periodsPerYear, type PeriodKind } from '../../../../shared/domain';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLocalized } from '../../../lib/use-language';
import { useCreateCampaign } from '../api/create-campaign';
import { useEcosystems } from '../api/list-ecosystems';
import { useIndicators } from '../api/list-indicators';

/** The project office asks a group of organizations — all residents of chosen ecosystems — for indicators of a period. */
export function CampaignFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const create = useCreateCampaign();
  const indicators = useIndicators({ pageSize: 200, sort: 'code' }).data?.items.filter((i) => i.level === 'organization' || i.level === 'program') ?? [];
  const ecosystems = useEcosystems().data?.items ?? [];
  const [title, setTitle] = useState('');
  const [year, setYear] = useState(new Date().getFullYear());
  const [periodKind, setPeriodKind] = useState<PeriodKind>('quarter');
  const [periodIndex, setPeriodIndex] = useState(1);
  const [dueOn, setDueOn] = useState('');
  const [indicatorIds, setIndicatorIds] = useState<string[]>([]);
  const [ecosystemIds, setEcosystemIds] = useState<string[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { title, year, periodKind, periodIndex: periodKind === 'year' ? 0 : periodIndex, dueOn, indicatorIds, ecosystemIds },
      { onSuccess: () => { notify(t('indicators.campaignCreated')); onClose(); } },
    );
  }

  return (
    <AppModal opened onClose={onClose} title={t('indicators.newCampaign')} size="lg">
      <Stack gap="sm" component="form" onSubmit={submit}>
        <TextInput label={t('indicators.campaignTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={300} />
        <Group align="flex-end" wrap="wrap">
          <NumberInput label={t('indicators.year')} value={year} onChange={(v) => setYear(Number(v))} min={2000} max={2100} w={110} />
          <Select label={t('indicators.period')} data={periodKinds.map((k) => ({ value: k, label: t(`indicators.periodKind.${k}`) }))} value={periodKind} onChange={(k) => { setPeriodKind((k ?? 'year') as PeriodKind); setPeriodIndex(1); }} allowDeselect={false} w={140} />
          {periodKind !== 'year' && (
            <Select label={t('indicators.periodIndex')} data={Array.from({ length: periodsPerYear[periodKind] }, (_, i) => String(i + 1))} value={String(periodIndex)} onChange={(v) => setPeriodIndex(Number(v ?? 1))} allowDeselect={false} w={130} />
          )}
          <TextInput label={t('indicators.dueOn')} type="date" value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} required w={180} />
        </Group>
        <MultiSelect label={t('indicators.campaignIndicators')} data={indicators.map((i) => ({ value: i.id, label: `${i.code} — ${localized(i.name)}` }))} value={indicatorIds} onChange={setIndicatorIds} searchable required />
        <MultiSelect label={t('indicators.campaignEcosystems')} description={t('indicators.campaignEcosystemsHint')} data={ecosystems.map((e) => ({ value: e.id, label: localized(e.name) }))} value={ecosystemIds} onChange={setEcosystemIds} searchable required />
        {create.error && <ErrorAlert error={create.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={create.isPending} disabled={indicatorIds.length === 0 || ecosystemIds.length === 0}>{t('indicators.createCampaign')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
