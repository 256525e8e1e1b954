import { ActionIcon, Anchor, Button, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconLink, IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventDetails } from '../../../../shared/contracts/events';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useLinkAgreements } from '../api/link-agreements';
import { useAgreementSearch } from '../api/search-agreements';

/** The agreements signed at the event; those who manage it link more by number or title, and unlink. */
export function AgreementLinks({ event }: { event: EventDetails }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const link = useLinkAgreements(event.id);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const found = useAgreementSearch(debounced);
  const [chosen, setChosen] = useState<string | null>(null);
  const linked = event.agreements.map((a) => a.id);
  const options = (found.data?.items ?? []).filter((a) => !linked.includes(a.id))
    .map((a) => ({ value: a.id, label: a.number ? `${a.number} — ${localized(a.title)}` : localized(a.title) }));
  const save = (ids: string[], message: string) => link.mutate(ids, { onSuccess: () => { notify(message); setChosen(null); setSearch(''); } });

  if (!event.canManage && event.agreements.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">{t('events.agreementsSigned')}</Title>
      {event.agreements.length === 0 ? <Text size="sm">{t('eventParts.noAgreements')}</Text> : (
        <List size="sm" spacing={4}>
          {event.agreements.map((a) => (
            <List.Item key={a.id}>
              <Group gap={4} wrap="nowrap" align="center">
                <Text size="sm" span>
                  <Anchor component={Link} to={`/agreements/${a.id}`} inherit>{localized(a.title)}</Anchor>
                  {a.number ? ` (${a.number}${a.signedOn ? `, ${formatDate(a.signedOn, language)}` : ''})` : null}
                </Text>
                {event.canManage && (
                  <ActionIcon variant="subtle" color="red.9" aria-label={t('eventParts.unlinkAgreement', { name: a.number ?? localized(a.title) })} loading={link.isPending}
                    onClick={() => save(linked.filter((id) => id !== a.id), t('eventParts.agreementUnlinked'))}>
                    <IconUnlink size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {event.canManage && (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select label={t('eventParts.findAgreement')} placeholder={t('eventParts.agreementSearch')} searchable clearable data={options} value={chosen} onChange={setChosen}
            searchValue={search} onSearchChange={setSearch} filter={({ options: all }) => all} nothingFoundMessage={debounced ? t('common.empty') : undefined}
            comboboxProps={{ withinPortal: true }} style={{ flex: '1 1 260px' }} />
          <Button variant="light" leftSection={<IconLink size={16} aria-hidden />} disabled={!chosen} loading={link.isPending}
            onClick={() => chosen && save([...linked, chosen], t('eventParts.agreementLinked'))}>{t('eventParts.linkAgreement')}</Button>
        </Group>
      )}
      {link.isError && <ErrorAlert error={link.error} />}
    </Stack>
  );
}
