import { Button, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestorRequest } from '../../../../shared/contracts/investor-requests';
import { CountrySelect } from '../../../components/domain/country-select';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { residentTypeLabels, residentTypes } from '../../../../shared/resident-types';
import { useLanguage } from '../../../lib/use-language';
import { OrganizationSelect } from '../../../components/domain/organization-select';
import { useCloseInvestorRequest } from '../api/investor-requests';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * "Resident registered" enters the investor's organization in the park's register: picked from the
 * registry, or created here for an anonymous investor (named after the company they gave). A
 * signed-in investor's own organization is found by the server when none is picked.
 */
export function RegisterResidentForm({ request, onDone }: { request: InvestorRequest; onDone: () => void }) {
  const { t } = useTranslation();
  const close = useCloseInvestorRequest(request.id);
  const language = useLanguage();
  const residentTypeOptions = residentTypes.map((value) => ({ value, label: residentTypeLabels[value][language] }));
  const [source, setSource] = useState<'existing' | 'new'>('existing');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [name, setName] = useState({ ru: '', en: request.companyName ?? '', zh: '' });
  const [country, setCountry] = useState<string | null>(null);
  const [residentSince, setResidentSince] = useState(today());
  const [residentType, setResidentType] = useState<string | null>('resident');
  const [registrationNumber, setRegistrationNumber] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    close.mutate({
      outcome: 'resident_registered',
      ...(source === 'existing' ? { residentOrganizationId: organizationId } : { newOrganization: { name, country } as never }),
      residentSince, residentType: residentType as never, registrationNumber: registrationNumber || null,
    }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm">{t('investorRequest.registerLead')}</Text>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="resident-source-label">{t('investorRequest.organizationSource')}</Text>
          <SegmentedControl aria-labelledby="resident-source-label" value={source} onChange={(value) => setSource(value as 'existing' | 'new')}
            data={[{ value: 'existing', label: t('investorRequest.existingOrganization') }, { value: 'new', label: t('investorRequest.newOrganization') }]} />
        </Stack>
        {source === 'existing' ? (
          <OrganizationSelect label={t('investorRequest.pickOrganization')} placeholder={t('investorRequest.pickOrganizationHint')} value={organizationId} onChange={setOrganizationId} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {(['ru', 'en', 'zh'] as const).map((language) => (
              <TextInput key={language} label={t(`investorRequest.newName${language === 'ru' ? 'Ru' : language === 'en' ? 'En' : 'Zh'}`)}
                value={name[language]} onChange={(e) => setName({ ...name, [language]: e.currentTarget.value })} />
            ))}
            <CountrySelect label={t('investorRequest.country')} required value={country} onChange={setCountry} comboboxProps={{ withinPortal: true }} />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput type="date" required label={t('investorRequest.residentSince')} value={residentSince} onChange={(e) => setResidentSince(e.currentTarget.value)} />
          <Select label={t('investorRequest.residentType')} clearable value={residentType} onChange={setResidentType} data={residentTypeOptions} comboboxProps={{ withinPortal: true }} />
          <TextInput label={t('investorRequest.registrationNumber')} value={registrationNumber} onChange={(e) => setRegistrationNumber(e.currentTarget.value)} />
        </SimpleGrid>
        {close.isError && <ErrorAlert error={close.error} />}
        <Group justify="flex-end"><Button type="submit" color="#1f6b2f" loading={close.isPending}>{t('investorRequest.register')}</Button></Group>
      </Stack>
    </form>
  );
}
