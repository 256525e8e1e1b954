import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetails } from '../../../../shared/contracts/events';
import { errorMessages, fieldIssueMessages } from '../../../../shared/errors';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLanguage } from '../../../lib/use-language';
import { useReplaceAgenda } from '../api/replace-agenda';
import { endsNotAfterStart, fromLocalInput, localTimeZone, toLocalInput } from './datetime-input';
import { draftOf, hasAnyText, LocalizedFields, textOf, type LocalizedDraft } from './localized-fields';

type Item = { key: number; startsAt: string; endsAt: string; title: LocalizedDraft };
let nextKey = 1;
const hour = 3_600_000;

/** Where a new item starts: where the last one ends, or at the event's start; it lasts an hour. */
function nextItem(items: Item[], eventStartsAt: string): Item {
  const from = fromLocalInput(items.at(-1)?.endsAt ?? '') ?? eventStartsAt;
  return { key: nextKey++, startsAt: toLocalInput(from), endsAt: toLocalInput(new Date(Date.parse(from) + hour).toISOString()), title: draftOf() };
}

/** The problem of one item, in words, before the server is asked. */
function problemOf(item: Item, event: EventDetails, language: 'ru' | 'en' | 'zh'): string | null {
  const from = fromLocalInput(item.startsAt);
  const to = fromLocalInput(item.endsAt);
  if (!from || !to) return fieldIssueMessages.required[language];
  if (endsNotAfterStart(item.startsAt, item.endsAt)) return errorMessages.EVENT_ENDS_BEFORE_START[language];
  if (Date.parse(from) < Date.parse(event.startsAt) || Date.parse(to) > Date.parse(event.endsAt)) return errorMessages.PERIOD_OUTSIDE_EVENT[language];
  if (!hasAnyText(item.title)) return fieldIssueMessages.name_required[language];
  return null;
}

/**
 * Puts item `first + 1` before item `first`. The agenda reads in time order, so the two exchange
 * their places in time too: the pair keeps its start, its end and the gap between the two, and
 * each item keeps its length. With a time missing, only the order changes.
 */
export function swapped<T extends { startsAt: string; endsAt: string }>(items: T[], first: number): T[] {
  const a = items[first];
  const b = items[first + 1];
  if (!a || !b) return items;
  const [aFrom, aTo, bFrom, bTo] = [a.startsAt, a.endsAt, b.startsAt, b.endsAt].map((v) => fromLocalInput(v));
  let earlier = b;
  let later = a;
  if (aFrom && aTo && bFrom && bTo) {
    const [aStart, aEnd, bStart, bEnd] = [aFrom, aTo, bFrom, bTo].map(Date.parse) as [number, number, number, number];
    const gap = bStart - aEnd;
    const earlierEnd = aStart + (bEnd - bStart);
    earlier = { ...b, startsAt: toLocalInput(new Date(aStart).toISOString()), endsAt: toLocalInput(new Date(earlierEnd).toISOString()) };
    later = { ...a, startsAt: toLocalInput(new Date(earlierEnd + gap).toISOString()), endsAt: toLocalInput(new Date(earlierEnd + gap + (aEnd - aStart)).toISOString()) };
  }
  return [...items.slice(0, first), earlier, later, ...items.slice(first + 2)];
}

/** The agenda as a list to add to, edit, remove from and put in order; it is saved whole. */
export function AgendaEditor({ event, onDone }: { event: EventDetails; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const replace = useReplaceAgenda(event.id);
  const [items, setItems] = useState<Item[]>(() => event.agenda.map((a) => ({ key: nextKey++, startsAt: toLocalInput(a.startsAt), endsAt: toLocalInput(a.endsAt), title: draftOf(a.title) })));
  const [checked, setChecked] = useState(false);
  const change = (key: number, patch: Partial<Item>) => setItems(items.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const move = (index: number, by: number) => setItems(swapped(items, Math.min(index, index + by)));
  const problems = items.map((item) => problemOf(item, event, language));

  function save() {
    setChecked(true);
    if (problems.some(Boolean)) return;
    replace.mutate(items.map((i) => ({ startsAt: fromLocalInput(i.startsAt)!, endsAt: fromLocalInput(i.endsAt)!, title: textOf(i.title) })), {
      onSuccess: () => { notify(t('eventForms.agendaSaved')); onDone(); },
    });
  }

  return (
    <Stack gap="sm">
      <Text size="xs" c="gray.7">{t('eventForms.timeZone', { zone: localTimeZone() })}</Text>
      {items.length === 0 && <Text size="sm">{t('eventForms.agendaEmpty')}</Text>}
      {items.map((item, index) => {
        const name = t('eventForms.agendaItem', { number: index + 1 });
        const problem = checked ? problems[index] : null;
        return (
          <Paper key={item.key} withBorder p="sm" role="group" aria-label={name}>
            <Stack gap="xs">
              <Group gap="sm" align="flex-end" wrap="wrap">
                <TextInput type="datetime-local" label={t('eventForms.partOf', { name, part: t('eventForms.from') })} value={item.startsAt} onChange={(e) => change(item.key, { startsAt: e.currentTarget.value })} w={{ base: '100%', xs: 220 }} />
                <TextInput type="datetime-local" label={t('eventForms.partOf', { name, part: t('eventForms.to') })} value={item.endsAt} onChange={(e) => change(item.key, { endsAt: e.currentTarget.value })} w={{ base: '100%', xs: 220 }} />
                <Group gap={2}>
                  <ActionIcon variant="subtle" size="lg" disabled={index === 0} aria-label={t('eventForms.moveUp', { name })} onClick={() => move(index, -1)}><IconArrowUp size={18} aria-hidden /></ActionIcon>
                  <ActionIcon variant="subtle" size="lg" disabled={index === items.length - 1} aria-label={t('eventForms.moveDown', { name })} onClick={() => move(index, 1)}><IconArrowDown size={18} aria-hidden /></ActionIcon>
                  <ActionIcon variant="subtle" color="red.9" size="lg" aria-label={t('eventForms.removeItem', { name })} onClick={() => setItems(items.filter((i) => i.key !== item.key))}><IconTrash size={18} aria-hidden /></ActionIcon>
                </Group>
              </Group>
              <LocalizedFields label={t('eventForms.partOf', { name, part: t('eventForms.itemTitle') })} value={item.title} onChange={(title) => change(item.key, { title })} />
              {problem && <Text size="sm" c="red.9" role="alert">{problem}</Text>}
            </Stack>
          </Paper>
        );
      })}
      <Group gap="sm" wrap="wrap">
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setItems([...items, nextItem(items, event.startsAt)])}>{t('eventForms.addAgendaItem')}</Button>
      </Group>
      {replace.isError && <ErrorAlert error={replace.error} />}
      <Group gap="sm">
        <Button onClick={save} loading={replace.isPending}>{t('eventForms.saveAgenda')}</Button>
        <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
      </Group>
    </Stack>
  );
}
