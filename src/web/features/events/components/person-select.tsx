import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../lib/use-language';
import { useContacts } from '../api/list-contacts';

type Props = { organizationId: string; label: string; value: string | null; onChange: (personId: string | null) => void };

/** A person is one of the organization's own contacts: the server refuses anyone else. Optional: the organization alone may take part. */
export function PersonSelect({ organizationId, label, value, onChange }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const contacts = useContacts(organizationId);
  const options = (contacts.data?.items ?? []).filter((c) => !c.erasedAt).map((c) => {
    const position = localized(c.position);
    return { value: c.id, label: position ? `${localized(c.fullName)}, ${position}` : localized(c.fullName) };
  });
  const none = contacts.isSuccess && options.length === 0;
  return (
    <Select
      label={label}
      placeholder={none ? t('eventParts.noContacts') : t('eventParts.wholeOrganization')}
      data={options}
      value={value}
      onChange={onChange}
      clearable
      searchable
      disabled={none || contacts.isError}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
