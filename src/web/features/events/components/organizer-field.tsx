import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../lib/use-language';
import { useCurrentUser } from '../api/get-current-user';
import { useEcosystems } from '../api/list-ecosystems';
import { isCenter, managedEcosystemIds } from './event-permissions';
import { OrganizationSelect } from '../../../components/domain/organization-select';

type Props = {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  /** The organizer already set, when editing: kept among the choices even if it is not the manager's. */
  current?: { id: string; name: string };
};

/**
 * The center picks any organization of the registry; a park manager picks among the ecosystems
 * they manage, since the server accepts no other organizer from them.
 */
export function OrganizerField({ value, onChange, error, current }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const me = useCurrentUser();
  const center = isCenter(me.data?.user);
  const ecosystems = useEcosystems(!center);
  if (center) {
    return <OrganizationSelect label={t('eventForms.organizer')} required value={value} onChange={(id) => onChange(id)} error={error} chosenName={current?.name} />;
  }
  const managed = managedEcosystemIds(me.data?.user);
  const options = (ecosystems.data?.items ?? []).filter((e) => managed.includes(e.id)).map((e) => ({ value: e.id, label: localized(e.name) }));
  if (current && !options.some((o) => o.value === current.id)) options.unshift({ value: current.id, label: current.name });
  return (
    <Select label={t('eventForms.organizer')} required data={options} value={value} onChange={onChange} error={error} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
  );
}
