import { useQuery } from '@tanstack/react-query';
import type { countryList } from '../../shared/contracts/reference';
import { apiGet, type AnswerOf } from './api-client';
import { useLanguage } from './use-language';

export const listCountries = () => apiGet<AnswerOf<typeof countryList>>('/api/countries');

/** The countries from the API, asked once per page load: the list changes only with a release. */
export function useCountries() {
  return useQuery({ queryKey: ['reference', 'countries'], queryFn: listCountries, staleTime: Infinity, gcTime: Infinity });
}

export type CountryOption = { value: string; label: string };

/** Select options in the interface language: the partner countries first, then the rest alphabetically. */
export function useCountryOptions(): { partner: CountryOption[]; others: CountryOption[]; loading: boolean } {
  const language = useLanguage();
  const countries = useCountries();
  const items = countries.data?.items ?? [];
  const option = (item: (typeof items)[number]) => ({ value: item.code, label: item.name[language] });
  return {
    partner: items.filter((item) => item.partner).map(option),
    others: items.filter((item) => !item.partner).map(option).sort((a, b) => a.label.localeCompare(b.label, language)),
    loading: countries.isPending,
  };
}
