import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type AuditFilterValues = { entityType?: string; actorUserId?: string; from?: string; to?: string };

/** Dates are picked as calendar days and sent as the start of the day / end of the day in UTC. */
function dayToInstant(day: string | undefined, endOfDay: boolean): string | undefined {
  if (!day) return undefined;
  return `${day}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z`;
}

export function AuditFilters({ values, onApply }: { values: AuditFilterValues; onApply: (values: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const [entityType, setEntityType] = useState(values.entityType ?? '');
  const [actorUserId, setActorUserId] = useState(values.actorUserId ?? '');
  const [from, setFrom] = useState(values.from?.slice(0, 10) ?? '');
  const [to, setTo] = useState(values.to?.slice(0, 10) ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({
      entityType: entityType.trim() || undefined,
      actorUserId: actorUserId.trim() || undefined,
      from: dayToInstant(from, false),
      to: dayToInstant(to, true),
    });
  }

  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
        <TextInput label={t('audit.entityType')} value={entityType} onChange={(e) => setEntityType(e.currentTarget.value)} w={{ base: '100%', sm: 180 }} />
        <TextInput label={t('audit.actorUserId')} value={actorUserId} onChange={(e) => setActorUserId(e.currentTarget.value)} w={{ base: '100%', sm: 320 }} />
        <TextInput type="date" label={t('audit.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={{ base: '100%', sm: 170 }} />
        <TextInput type="date" label={t('audit.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} w={{ base: '100%', sm: 170 }} />
        <Button type="submit">{t('audit.apply')}</Button>
      </Group>
    </form>
  );
}
