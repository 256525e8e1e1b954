import { OrganizationFilterBar, type OrganizationFilterValues } from '../../../components/domain/organization-filter-bar';
import { useLocalized } from '../../../lib/use-language';
import { useDirections } from '../api/list-directions';
import { useEcosystems } from '../api/list-ecosystems';

export type { OrganizationFilterValues };

type OrganizationFiltersProps = { values: OrganizationFilterValues; onChange: (values: OrganizationFilterValues) => void };

/** The registry's filters: every ecosystem the user may see, and the top-level directions. */
export function OrganizationFilters({ values, onChange }: OrganizationFiltersProps) {
  const localized = useLocalized();
  const ecosystems = useEcosystems().data?.items ?? [];
  const directions = useDirections().data?.items ?? [];
  return (
    <OrganizationFilterBar
      values={values}
      onChange={onChange}
      ecosystems={ecosystems.map((ecosystem) => ({ value: ecosystem.id, label: localized(ecosystem.name) }))}
      directions={directions.filter((d) => !d.parentId).map((d) => ({ value: d.id, label: localized(d.label) }))}
    />
  );
}
