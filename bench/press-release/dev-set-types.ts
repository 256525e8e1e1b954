import type { AgreementKind } from '../../src/server/features/press-release/draft-types';

/**
 * A gold agreement. Conventions: a party is named in the nominative as written (quotes as «»);
 * a position is the words before the organization's name ("глава Администрации …" → "глава"),
 * without a closing word that names the party by its kind ("директор киностудии" → "директор").
 * A gold agreement: parties as [nominative name, registry id or null for a new organization], signatories as [name, position, party index]. */
export type GoldAgreement = {
  kind: AgreementKind;
  parties: [string, string | null][];
  signatories: [string, string | null, number | null][];
  directions: string[];
  occasion: string | null;
  place: string | null;
  date: string | null;
};

export type DevItem = { id: string; publishedOn: string | null; text: string; agreements: GoldAgreement[] };
