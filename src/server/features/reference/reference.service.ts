/**
 * The reference feature owns lists of values that do not live in the database and do not change
 * while the server runs: the countries with their names in the three interface languages.
 */
import { countryCodes, partnerCountryCodes } from '../../../shared/countries';
import type { CountryList } from '../../../shared/contracts/reference';
import { languages } from '../../../shared/languages';

const locales = { ru: 'ru-RU', en: 'en-GB', zh: 'zh-CN' } as const;

function buildCountryList(): CountryList {
  const names = Object.fromEntries(languages.map((language) => [language, new Intl.DisplayNames([locales[language]], { type: 'region', fallback: 'code' })]));
  return {
    items: countryCodes.map((code) => ({
      code,
      name: { ru: names.ru!.of(code) ?? code, en: names.en!.of(code) ?? code, zh: names.zh!.of(code) ?? code },
      partner: partnerCountryCodes.includes(code),
    })),
  };
}

export function createReferenceService() {
  // Built once: the names depend only on the runtime's ICU data.
  let countries: CountryList | undefined;
  return {
    listCountries(): CountryList {
      countries ??= buildCountryList();
      return countries;
    },
  };
}

export type ReferenceService = ReturnType<typeof createReferenceService>;
