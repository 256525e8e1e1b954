import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessages } from '../../../../shared/errors';
import { useLanguage } from '../../../lib/use-language';
import { endsNotAfterStart, fromLocalInput, toLocalInput } from './datetime-input';

export type PeriodDraft = { key: number; from: string; to: string };
let nextKey = 1;
export const periodDrafts = (periods: { from: string; to: string }[] | null | undefined): PeriodDraft[] =>
  (periods ?? []).map((p) => ({ key: nextKey++, from: toLocalInput(p.from), to: toLocalInput(p.to) }));
export const newPeriod = (from = '', to = ''): PeriodDraft => ({ key: nextKey++, from, to });

/** The periods as the API takes them, or null when one is incomplete or ends before it starts. */
export function periodsOf(drafts: PeriodDraft[]): { from: string; to: string }[] | null {
  const periods = drafts.map((d) => ({ from: fromLocalInput(d.from), to: fromLocalInput(d.to) }));
  if (periods.some((p) => !p.from || !p.to) || drafts.some((d) => endsNotAfterStart(d.from, d.to))) return null;
  return periods as { from: string; to: string }[];
}

type Props = { label: string; itemLabel: string; value: PeriodDraft[]; onChange: (value: PeriodDraft[]) => void; addLabel: string; empty: string };

/** Periods of time (breaks, availability): each a start and an end, the end after the start. */
export function PeriodsEditor({ label, itemLabel, value, onChange, addLabel, empty }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const change = (key: number, field: 'from' | 'to', text: string) => onChange(value.map((p) => (p.key === key ? { ...p, [field]: text } : p)));
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      <Text size="sm" fw={500}>{label}</Text>
      {value.length === 0 && <Text size="sm" c="gray.7">{empty}</Text>}
      {value.map((period, index) => {
        const name = `${itemLabel} ${index + 1}`;
        return (
          <Group key={period.key} align="flex-start" gap="sm" wrap="wrap">
            <TextInput type="datetime-local" label={t('eventForms.partOf', { name, part: t('eventForms.from') })} value={period.from} onChange={(e) => change(period.key, 'from', e.currentTarget.value)}
              w={{ base: '100%', xs: 220 }} />
            <TextInput type="datetime-local" label={t('eventForms.partOf', { name, part: t('eventForms.to') })} value={period.to} onChange={(e) => change(period.key, 'to', e.currentTarget.value)}
              error={endsNotAfterStart(period.from, period.to) ? errorMessages.EVENT_ENDS_BEFORE_START[language] : undefined} w={{ base: '100%', xs: 220 }} />
            <ActionIcon variant="subtle" color="red.9" size="lg" mt={26} aria-label={t('eventForms.removeItem', { name })} onClick={() => onChange(value.filter((p) => p.key !== period.key))}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Button variant="light" size="xs" w="fit-content" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange([...value, newPeriod()])}>{addLabel}</Button>
    </Stack>
  );
}
