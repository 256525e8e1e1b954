import { OrganizationFilterBar } from '../../../components/domain/organization-filter-bar';
import { useLocalized } from '../../../lib/use-language';
import { useCatalogEcosystems } from '../api/list-catalog-ecosystems';

export type CatalogOrganizationFilterValues = { q?: string; kind?: string; country?: string; ecosystemId?: string };

type Props = { values: CatalogOrganizationFilterValues; onChange: (values: CatalogOrganizationFilterValues) => void };

/** The public catalog's filters: published ecosystems by their short names; no direction filter. */
export function CatalogOrganizationFilters({ values, onChange }: Props) {
  const localized = useLocalized();
  const ecosystems = useCatalogEcosystems().data?.items ?? [];
  return (
    <OrganizationFilterBar
      values={values}
      onChange={onChange}
      ecosystems={ecosystems.map((ecosystem) => ({ value: ecosystem.id, label: localized(ecosystem.shortName) || localized(ecosystem.name) }))}
    />
  );
}
