import { Alert, Button, Checkbox, Code, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { infrastructureTypes, type InfrastructureType } from '../../../../shared/infrastructure';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useLanguage } from '../../../lib/use-language';
import { useCreateInvestorRequest } from '../api/create-investor-request';

type Props = { ecosystemId: string; objectId?: string; objectType?: InfrastructureType; signedInName?: string; signedInEmail?: string };

/**
 * An investor asks a park for space or a site. Anonymous investors give their contact and agree
 * to its processing (152-FZ): without the tick the request is not sent, here or by the server.
 */
export function InvestorRequestForm({ ecosystemId, objectId, objectType, signedInName, signedInEmail }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const create = useCreateInvestorRequest();
  const [contactName, setContactName] = useState(signedInName ?? '');
  const [contactEmail, setContactEmail] = useState(signedInEmail ?? '');
  const [contactPhone, setContactPhone] = useState('');
  const [companyName, setCompanyName] = useState('');
  const [wantedType, setWantedType] = useState<string | null>(objectType ?? null);
  const [areaMin, setAreaMin] = useState<string | number>('');
  const [areaMax, setAreaMax] = useState<string | number>('');
  const [message, setMessage] = useState('');
  const [consent, setConsent] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      ecosystemId, objectId: objectId ?? null, contactName, contactEmail, contactPhone, companyName, message, language,
      wantedType: (wantedType as InfrastructureType | null) ?? null,
      areaMinM2: areaMin === '' ? null : Number(areaMin),
      areaMaxM2: areaMax === '' ? null : Number(areaMax),
      consentToProcessing: consent as true,
    });
  };

  if (create.isSuccess) {
    // The token travels in the fragment, which browsers never send to a server or a log.
    const link = `${window.location.origin}/catalog/infrastructure/consent-withdrawal#${create.data.withdrawalToken}`;
    return (
      <Alert color="green" title={t('investorRequest.sentTitle')} role="status" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
        <Stack gap="xs">
          <Text size="sm">{t('investorRequest.sent')}</Text>
          <Text size="sm" fw={600}>{t('investorRequest.privateLinkTitle')}</Text>
          <Text size="sm">{t('investorRequest.privateLink')}</Text>
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="withdrawal-link">{link}</Code>
        </Stack>
      </Alert>
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="investor-request-heading">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="investor-request-heading">{t('investorRequest.title')}</Title>
          <Text size="sm">{t('investorRequest.lead')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('investorRequest.contactName')} required value={contactName} onChange={(e) => setContactName(e.currentTarget.value)} autoComplete="name" />
            <TextInput label={t('investorRequest.contactEmail')} type="email" required value={contactEmail} onChange={(e) => setContactEmail(e.currentTarget.value)} autoComplete="email" />
            <TextInput label={t('investorRequest.contactPhone')} type="tel" value={contactPhone} onChange={(e) => setContactPhone(e.currentTarget.value)} autoComplete="tel" />
            <TextInput label={t('investorRequest.companyName')} value={companyName} onChange={(e) => setCompanyName(e.currentTarget.value)} autoComplete="organization" />
            <Select label={t('investorRequest.wantedType')} clearable value={wantedType} onChange={setWantedType}
              data={infrastructureTypes.map((type) => ({ value: type, label: t(`infrastructure.types.${type}`) }))} />
            <SimpleGrid cols={2} spacing="xs">
              <NumberInput label={t('investorRequest.areaMin')} min={0} value={areaMin} onChange={setAreaMin} />
              <NumberInput label={t('investorRequest.areaMax')} min={0} value={areaMax} onChange={setAreaMax} />
            </SimpleGrid>
          </SimpleGrid>
          <Textarea label={t('investorRequest.message')} required autosize minRows={3} value={message} onChange={(e) => setMessage(e.currentTarget.value)} />
          <Checkbox label={t('investorRequest.consent')} required checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />
          {create.isError && <ErrorAlert error={create.error} />}
          <Button type="submit" loading={create.isPending} w="fit-content">{t('investorRequest.ask')}</Button>
        </Stack>
      </form>
    </Paper>
  );
}
