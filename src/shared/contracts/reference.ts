import { z } from 'zod';
import { countryCodes } from '../countries';

/** A country the registry knows: an unknown two-letter code is refused, not stored. */
export const countryCode = z.enum(countryCodes).describe('ISO 3166-1 alpha-2');
/** The same in a filter, where people type "cn" as often as "CN". */
export const countryFilter = z.preprocess((value) => (typeof value === 'string' ? value.toUpperCase() : value), countryCode);

export const country = z.object({
  code: z.string().length(2).describe('ISO 3166-1 alpha-2'),
  name: z.object({ ru: z.string(), en: z.string(), zh: z.string() }),
  partner: z.boolean().describe('One of the registry\'s partner countries, offered first'),
});
export type Country = z.infer<typeof country>;
export const countryList = z.object({ items: z.array(country) });
export type CountryList = z.infer<typeof countryList>;
