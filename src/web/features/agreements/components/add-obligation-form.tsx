import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../shared/contracts/agreements';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCreateObligation } from '../api/create-obligation';

/** One more step on the roadmap: what, by when, by whom (one of the parties). */
export function AddObligationForm({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const create = useCreateObligation(agreement.id);
  const [text, setText] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [responsible, setResponsible] = useState<string | null>(null);
  return (
    <form onSubmit={(event) => {
      event.preventDefault();
      create.mutate(
        { text: { ru: null, en: null, zh: null, [language]: text.trim() }, dueOn, responsibleOrganizationId: responsible, startsOn: null },
        { onSuccess: () => { setText(''); setDueOn(''); setResponsible(null); } },
      );
    }}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput style={{ flex: '2 1 280px' }} label={t('agreements.form.obligationText')} value={text} onChange={(e) => setText(e.currentTarget.value)} required />
        <TextInput type="date" w={170} label={t('agreements.form.obligationDue')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} required />
        <Select w={240} label={t('agreements.form.obligationResponsible')} clearable value={responsible} onChange={setResponsible} comboboxProps={{ withinPortal: true }}
          data={agreement.parties.map((p) => ({ value: p.organization.id, label: localized(p.organization.shortName) || localized(p.organization.name) }))} />
        <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />} loading={create.isPending}>{t('agreements.roadmap.add')}</Button>
      </Group>
      {create.isError && <ErrorAlert error={create.error} />}
    </form>
  );
}
