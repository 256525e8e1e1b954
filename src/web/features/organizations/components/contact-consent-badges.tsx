import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/contracts/contacts';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

/** The consents in force, with the dates they were given; shown to those who manage the contact. */
export function ContactConsentBadges({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (contact.disclosure !== 'full') return null;
  return (
    <Group gap="xs">
      {contact.processingSince ? (
        <Badge color="teal.9" variant="filled" tt="none">
          {t('contacts.badgeProcessing', { date: formatDate(contact.processingSince, language) })}
        </Badge>
      ) : (
        <Badge color="red.9" variant="filled" tt="none">
          {t('contacts.badgeNoProcessing')}
        </Badge>
      )}
      {contact.disseminationSince ? (
        <Badge color="blue.8" variant="filled" tt="none">
          {t('contacts.badgeDissemination', { date: formatDate(contact.disseminationSince, language) })}
        </Badge>
      ) : (
        <Badge color="gray.8" variant="outline" tt="none">
          {t('contacts.badgeNotPublished')}
        </Badge>
      )}
    </Group>
  );
}
