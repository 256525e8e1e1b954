import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentKind, Contact } from '../../../../shared/contracts/contacts';
import { languages } from '../../../../shared/languages';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { AddConsentModal } from './add-consent-modal';
import { ContactConsentBadges } from './contact-consent-badges';
import { ContactFormModal } from './contact-form-modal';
import { languageName } from './language-name';
import { WithdrawConsentModal } from './withdraw-consent-modal';

type Dialog = { type: 'edit' } | { type: 'add'; kind: ConsentKind } | { type: 'withdraw'; kind: ConsentKind } | null;

/** One contact as the server disclosed it; the consent actions only for those who may manage it. */
export function ContactCard({ contact, canManage }: { contact: Contact; canManage: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const headingId = useId();
  const [dialog, setDialog] = useState<Dialog>(null);
  const name = localized(contact.fullName);
  const otherNames = languages.map((l) => contact.fullName[l]).filter((n): n is string => Boolean(n) && n !== name);
  const position = localized(contact.position);
  const manages = canManage && contact.disclosure === 'full';
  const close = () => setDialog(null);

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Title order={3} size="h5" id={headingId}>
          {name}
        </Title>
        {otherNames.length > 0 && (
          <Text size="sm" c="dimmed">
            {otherNames.join(' · ')}
          </Text>
        )}
        {position && <Text size="sm">{position}</Text>}
        {contact.email && (
          <Text size="sm">
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
        {contact.disclosure === 'name_only' && (
          <Text size="sm" c="dimmed">
            {t('contacts.detailsHidden')}
          </Text>
        )}
        <ContactConsentBadges contact={contact} />
        {manages && (
          <Group gap="xs" mt={4}>
            <Button size="xs" variant="default" onClick={() => setDialog({ type: 'edit' })} disabled={!contact.processingSince}>
              {t('common.edit')}
            </Button>
            {!contact.processingSince && (
              <Button size="xs" variant="light" onClick={() => setDialog({ type: 'add', kind: 'processing' })}>
                {t('contacts.addProcessing')}
              </Button>
            )}
            {contact.processingSince && !contact.disseminationSince && (
              <Button size="xs" variant="light" onClick={() => setDialog({ type: 'add', kind: 'dissemination' })}>
                {t('contacts.addDissemination')}
              </Button>
            )}
            {contact.disseminationSince && (
              <Button size="xs" variant="default" onClick={() => setDialog({ type: 'withdraw', kind: 'dissemination' })}>
                {t('contacts.withdrawDissemination')}
              </Button>
            )}
            {contact.processingSince && (
              <Button size="xs" variant="outline" color="red.9" onClick={() => setDialog({ type: 'withdraw', kind: 'processing' })}>
                {t('contacts.withdrawProcessing')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {dialog?.type === 'edit' && <ContactFormModal organizationId={contact.organizationId} contact={contact} opened onClose={close} />}
      {dialog?.type === 'add' && (
        <AddConsentModal organizationId={contact.organizationId} contactId={contact.id} contactName={name} kind={dialog.kind} opened onClose={close} />
      )}
      {dialog?.type === 'withdraw' && (
        <WithdrawConsentModal organizationId={contact.organizationId} contactId={contact.id} contactName={name} kind={dialog.kind} opened onClose={close} />
      )}
    </Paper>
  );
}
