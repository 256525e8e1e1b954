import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationSearchResult } from '../../../shared/contracts/search';
import { countryName } from '../../lib/format';
import { useLanguage, useLocalized } from '../../lib/use-language';
import { FacetList } from './facet-list';

export type OrganizationFacetKey = 'kind' | 'country' | 'ecosystemId' | 'directionId' | 'sizeBand';

type Props = { facets: OrganizationSearchResult['facets']; selected: Partial<Record<OrganizationFacetKey, string>>; onSelect: (key: OrganizationFacetKey, value: string | undefined) => void };

export function OrganizationSearchFacets({ facets, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  return (
    <Stack gap="md">
      <FacetList title={t('search.facets.direction')} selected={selected.directionId} onSelect={(v) => onSelect('directionId', v)}
        options={facets.direction.map((f) => ({ value: f.value, count: f.count, label: localized(f.label) }))} />
      <FacetList title={t('search.facets.ecosystem')} selected={selected.ecosystemId} onSelect={(v) => onSelect('ecosystemId', v)}
        options={facets.ecosystem.map((f) => ({ value: f.value, count: f.count, label: localized(f.label) }))} />
      <FacetList title={t('search.facets.country')} selected={selected.country} onSelect={(v) => onSelect('country', v)}
        options={facets.country.map((f) => ({ ...f, label: countryName(f.value, language) }))} />
      <FacetList title={t('search.facets.kind')} selected={selected.kind} onSelect={(v) => onSelect('kind', v)}
        options={facets.kind.map((f) => ({ ...f, label: t(`enums.organizationKind.${f.value}` as 'enums.organizationKind.company') }))} />
      <FacetList title={t('search.facets.sizeBand')} selected={selected.sizeBand} onSelect={(v) => onSelect('sizeBand', v)}
        options={facets.sizeBand.map((f) => ({ ...f, label: t(`enums.sizeBand.${f.value}` as 'enums.sizeBand.small') }))} />
    </Stack>
  );
}
