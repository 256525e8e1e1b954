import { profileLimits, type ProfileType } from './partnering';

/**
 * The automatic checks a profile passes before it may be submitted for review. The editor runs
 * them live, the server runs them again at submission: the same function, so the two agree.
 */
export type PrecheckInput = {
  type: ProfileType;
  title?: string | null;
  summary?: string | null;
  description?: string | null;
  keywords?: string[];
  directionIds?: string[];
  partnershipTypes?: string[];
  trl?: number | null;
  anonymous?: boolean;
};

export const precheckCodes = ['missing_title', 'missing_summary', 'missing_description', 'missing_directions', 'missing_partnership_types', 'missing_trl', 'description_too_short', 'contact_data_in_anonymous_text'] as const;
export type PrecheckCode = (typeof precheckCodes)[number];
export type PrecheckFinding = { code: PrecheckCode; field: string };

// Addresses, links and phone numbers: an anonymous profile must not reveal who wrote it.
const contactPatterns = [
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u,
  /\bhttps?:\/\/\S+/iu,
  /\bwww\.\S+/iu,
  /\b[\p{L}\p{N}-]+\.(?:com|ru|by|cn|org|net|io|рф|su|kz)\b/iu,
  /(?:\+|\b)\d[\d\s().-]{8,}\d/u,
  /(?:тел\.|телефон|phone|tel\.|电话|微信|wechat|telegram|телеграм)\s*[:：]?/iu,
];

export function containsContactData(text: string): boolean {
  return contactPatterns.some((pattern) => pattern.test(text));
}

/** Fields of the text that carry contact data, for an anonymous profile. */
export function contactDataFields(input: Pick<PrecheckInput, 'title' | 'summary' | 'description' | 'keywords'>): string[] {
  const fields: [string, string | null | undefined][] = [['title', input.title], ['summary', input.summary], ['description', input.description], ['keywords', input.keywords?.join(' ')]];
  return fields.filter(([, text]) => text && containsContactData(text)).map(([field]) => field);
}

/** Length of a text for the minimum: a Chinese character says about as much as three letters. */
export function descriptionLength(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return text.trim().length + han * 2;
}

export function precheckProfile(input: PrecheckInput): PrecheckFinding[] {
  const findings: PrecheckFinding[] = [];
  const blank = (value: string | null | undefined) => !value || value.trim() === '';
  if (blank(input.title)) findings.push({ code: 'missing_title', field: 'title' });
  if (blank(input.summary)) findings.push({ code: 'missing_summary', field: 'summary' });
  if (blank(input.description)) findings.push({ code: 'missing_description', field: 'description' });
  else if (descriptionLength(input.description!) < profileLimits.minDescription) findings.push({ code: 'description_too_short', field: 'description' });
  if (!input.directionIds?.length) findings.push({ code: 'missing_directions', field: 'directionIds' });
  if (!input.partnershipTypes?.length) findings.push({ code: 'missing_partnership_types', field: 'partnershipTypes' });
  if (input.type === 'technology_offer' && !input.trl) findings.push({ code: 'missing_trl', field: 'trl' });
  if (input.anonymous) {
    for (const field of contactDataFields(input)) findings.push({ code: 'contact_data_in_anonymous_text', field });
  }
  return findings;
}
