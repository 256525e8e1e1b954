import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../lib/use-language';
import { useContacts } from '../api/list-contacts';

type Props = { organizationId: string; organizationName: string; value: string | null; onChange: (personId: string | null) => void };

/** A signatory is one of the party's own contacts: the server refuses anyone else. */
export function SignatorySelect({ organizationId, organizationName, value, onChange }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const contacts = useContacts(organizationId);
  const options = (contacts.data?.items ?? []).filter((c) => !c.erasedAt).map((c) => {
    const position = localized(c.position);
    return { value: c.id, label: position ? `${localized(c.fullName)}, ${position}` : localized(c.fullName) };
  });
  return (
    <Select
      label={t('agreements.form.signatoryOf', { name: organizationName })}
      placeholder={contacts.isSuccess && options.length === 0 ? t('agreements.form.noContacts') : undefined}
      data={options}
      value={value}
      onChange={onChange}
      clearable
      searchable
      disabled={contacts.isSuccess && options.length === 0}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
