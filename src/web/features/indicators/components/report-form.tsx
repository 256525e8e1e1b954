import { Button, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '../../../../shared/contracts/indicators';
import { periodKinds, periodsPerYear, type ActualStatus, type PeriodKind } from '../../../../shared/domain';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLocalized } from '../../../lib/use-language';
import { useReportActual } from '../api/report-actual';

/** The period just closed: the previous quarter, as campaigns ask for. */
function lastClosedQuarter(today = new Date()) {
  const quarter = Math.floor(today.getMonth() / 3) + 1;
  return quarter === 1 ? { year: today.getFullYear() - 1, index: 4 } : { year: today.getFullYear(), index: quarter - 1 };
}

/** A member reports its organization's figure; the center may also enter a confirmed one. */
export function ReportForm({ indicator, initial }: { indicator: IndicatorDetail; initial?: { year: number; periodKind: PeriodKind; periodIndex: number } }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const report = useReportActual();
  const closed = lastClosedQuarter();
  const [year, setYear] = useState<number>(initial?.year ?? closed.year);
  const [periodKind, setPeriodKind] = useState<PeriodKind>(initial?.periodKind ?? 'quarter');
  const [periodIndex, setPeriodIndex] = useState<number>(initial?.periodIndex ?? closed.index);
  const organizations = indicator.reportingOrganizations;
  const [organizationId, setOrganizationId] = useState<string | null>(organizations[0]?.id ?? null);
  const [value, setValue] = useState<number | string>('');
  const [comment, setComment] = useState('');
  const [source, setSource] = useState('');
  const [correctionReason, setCorrectionReason] = useState('');
  const existing = indicator.values.find((v) => v.year === year && v.periodKind === periodKind && v.periodIndex === (periodKind === 'year' ? 0 : periodIndex) && (v.organization?.id ?? null) === organizationId);
  const isCorrection = existing?.status === 'confirmed';

  const send = (status: ActualStatus) => {
    if (typeof value !== 'number') return;
    report.mutate(
      {
        indicatorId: indicator.id,
        input: {
          year, periodKind, periodIndex: periodKind === 'year' ? 0 : periodIndex, organizationId, value, status,
          comment: comment || null, source: source || null, ...(isCorrection ? { correctionReason } : {}),
        },
      },
      { onSuccess: () => { notify(t('indicators.submitted')); setValue(''); setCorrectionReason(''); } },
    );
  };

  return (
    <Stack gap="sm" component="form" onSubmit={(event) => { event.preventDefault(); send('submitted'); }}>
      <Group align="flex-end" wrap="wrap">
        <NumberInput label={t('indicators.year')} value={year} onChange={(v) => setYear(Number(v))} min={1990} max={2100} w={110} />
        <Select
          label={t('indicators.period')}
          data={periodKinds.map((kind) => ({ value: kind, label: t(`indicators.periodKind.${kind}`) }))}
          value={periodKind}
          onChange={(kind) => { setPeriodKind((kind ?? 'year') as PeriodKind); setPeriodIndex(1); }}
          allowDeselect={false}
          w={140}
        />
        {periodKind !== 'year' && (
          <Select
            label={t('indicators.periodIndex')}
            data={Array.from({ length: periodsPerYear[periodKind] }, (_, i) => String(i + 1))}
            value={String(periodIndex)}
            onChange={(index) => setPeriodIndex(Number(index ?? 1))}
            allowDeselect={false}
            w={130}
          />
        )}
        {organizations.length > 0 && (
          <Select
            label={t('indicators.organization')}
            data={organizations.map((o) => ({ value: o.id, label: localized(o.name) }))}
            value={organizationId}
            onChange={setOrganizationId}
            clearable={indicator.can.edit}
            w={{ base: '100%', sm: 320 }}
          />
        )}
        <NumberInput label={t('indicators.value')} value={value} onChange={setValue} required decimalScale={4} w={180} />
      </Group>
      <Group grow wrap="wrap">
        <TextInput label={t('indicators.source')} value={source} onChange={(event) => setSource(event.currentTarget.value)} maxLength={500} miw={220} />
        <TextInput label={t('indicators.comment')} value={comment} onChange={(event) => setComment(event.currentTarget.value)} maxLength={2000} miw={220} />
      </Group>
      {isCorrection && (
        <>
          <Text size="sm" c="orange.9">{t('indicators.correctionHint')}</Text>
          <Textarea label={t('indicators.correctionReason')} value={correctionReason} onChange={(event) => setCorrectionReason(event.currentTarget.value)} required minLength={3} />
        </>
      )}
      {report.error && <ErrorAlert error={report.error} />}
      <Group>
        <Button type="submit" loading={report.isPending}>{t('indicators.submit')}</Button>
        {!isCorrection && <Button variant="outline" onClick={() => send('draft')} disabled={report.isPending}>{t('indicators.saveDraft')}</Button>}
        {indicator.can.edit && !isCorrection && <Button variant="outline" onClick={() => send('confirmed')} disabled={report.isPending}>{t('indicators.saveConfirmed')}</Button>}
      </Group>
    </Stack>
  );
}
