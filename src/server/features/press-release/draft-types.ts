import type { agreementKinds } from '../../../shared/domain';

export type AgreementKind = (typeof agreementKinds)[number];
import type { Span } from './sentences';

/** One field of a draft: its value, where in the text it was read, and how sure the reading is. */
export type Found<T> = { value: T; span: Span; confidence: number; rule: string };

export type PartyMention = {
  asWritten: string;
  /** The name in the nominative, as a new organization would be called. */
  name: string;
  span: Span;
  confidence: number;
  rule: string;
  /** A region named as a party ("Якутия договорилась") is represented by its government. */
  territory: boolean;
};

export type SignatoryMention = {
  asWritten: string;
  fullName: string;
  span: Span;
  confidence: number;
  position: Found<string> | null;
  /** The organization named with the signatory ("директор Центра …"), if any. */
  organization: { asWritten: string; name: string; span: Span } | null;
  partyIndex: number | null;
};

export type DirectionMention = { asWritten: string; name: string; span: Span; confidence: number; directionCode: string | null };

export type ExtractedAgreement = {
  kind: Found<AgreementKind>;
  parties: PartyMention[];
  signatories: SignatoryMention[];
  directions: DirectionMention[];
  occasion: Found<string> | null;
  place: Found<string> | null;
  signedOn: Found<string> | null;
  /** The sentences the agreement was read from. */
  sentenceSpans: Span[];
};
