import { type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from '../../lib/use-countries';
import { SelectOnDemand } from '../ui/select-on-demand';

type CountrySelectProps = Omit<SelectProps, 'data'>;

/** A country picker over the API's list of countries: partner countries first, then all others. */
export function CountrySelect(props: CountrySelectProps) {
  const { t } = useTranslation();
  const { partner, others, loading } = useCountryOptions();
  return (
    <SelectOnDemand
      searchable
      nothingFoundMessage={loading ? t('common.loadingList') : t('common.empty')}
      {...props}
      data={[
        { group: t('common.partnerCountries'), items: partner },
        { group: t('common.allCountries'), items: others },
      ]}
    />
  );
}
