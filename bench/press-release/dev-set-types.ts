import type { AgreementKind } from '../../src/server/features/press-release/draft-types';

/** A gold agreement: parties as [nominative name, registry id or null for a new organization], signatories as [name, position, party index]. */
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
