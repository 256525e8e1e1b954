import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/contracts/contacts';
import type { Language } from '../../../../shared/languages';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { usePublishedContacts } from '../api/list-published-contacts';

function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function PublishedContact({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const headingId = useId();
  const position = localized(contact.position);
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Title order={3} size="h5" id={headingId}>
          {localized(contact.fullName)}
        </Title>
        {position && <Text size="sm">{position}</Text>}
        {contact.email && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('contacts.email')}: <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
          </Text>
        )}
        {contact.phone && (
          <Text size="sm">
            {t('contacts.phone')}: <Anchor href={`tel:${contact.phone}`}>{contact.phone}</Anchor>
          </Text>
        )}
        {contact.languages.length > 0 && (
          <Text size="sm">
            {t('contacts.languages')}: {contact.languages.map((code) => languageName(code, language)).join(', ')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/** Contacts whose persons consented to publication (152-FZ); the server lists no other to anonymous visitors. */
export function PublishedContacts({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const contacts = usePublishedContacts(organizationId);
  const items = contacts.data?.items ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="catalog-contacts-heading">
      <Title order={2} size="h4" id="catalog-contacts-heading">
        {t('catalog.contacts')}
      </Title>
      {contacts.isSuccess && items.length === 0 && <Text c="dimmed">{t('catalog.noContacts')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {items.map((contact) => (
          <PublishedContact key={contact.id} contact={contact} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
