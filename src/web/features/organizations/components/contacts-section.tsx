import { Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { formatDateTime } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useContacts } from '../api/list-contacts';
import { ContactCard } from './contact-card';
import { ContactFormModal } from './contact-form-modal';

/**
 * The organization's contacts as the caller may see them. The server decides both what is shown and
 * whether the caller may manage them (`canManage`); this only hides controls that would be refused.
 */
export function ContactsSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const contacts = useContacts(organizationId);
  const [adding, setAdding] = useState(false);

  return (
    <Stack gap="xs" component="section" aria-labelledby="contacts-heading">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4" id="contacts-heading">
          {t('contacts.title')}
        </Title>
        {contacts.data?.canManage && (
          <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('contacts.add')}
          </Button>
        )}
      </Group>
      <QueryState query={contacts}>
        {(data) => {
          const live = data.items.filter((c) => c.disclosure !== 'tombstone');
          const erased = data.items.filter((c) => c.disclosure === 'tombstone');
          return (
            <>
              {live.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {data.canManage ? t('contacts.empty') : t('contacts.emptyForReader')}
                </Text>
              ) : (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {live.map((contact) => (
                    <ContactCard key={contact.id} contact={contact} canManage={data.canManage} />
                  ))}
                </SimpleGrid>
              )}
              {erased.length > 0 && (
                <Stack gap={4} mt="sm">
                  <Title order={3} size="h6">
                    {t('contacts.erasedTitle', { count: erased.length })}
                  </Title>
                  <List size="sm">
                    {erased.map((contact) => {
                      const retained = localized(contact.fullName);
                      return (
                        <List.Item key={contact.id}>
                          {t('contacts.erasedOn', { date: formatDateTime(contact.erasedAt, language) })}
                          {retained && ` — ${t('contacts.retainedAsSignatory', { name: retained })}`}
                        </List.Item>
                      );
                    })}
                  </List>
                </Stack>
              )}
            </>
          );
        }}
      </QueryState>
      {adding && <ContactFormModal organizationId={organizationId} opened onClose={() => setAdding(false)} />}
    </Stack>
  );
}
