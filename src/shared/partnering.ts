/**
 * The vocabulary of partnering profiles, shared by the server (validation, matching) and the web
 * (forms, facets, the live pre-checks of the editor).
 */
export const profileTypes = [
  'technology_offer', 'technology_request', 'business_offer', 'business_request',
  'rd_cooperation_request', 'investment_request', 'investment_offer',
] as const;
export type ProfileType = (typeof profileTypes)[number];

/**
 * Which types complement which: an offer meets the request of the same nature, an investment
 * request meets an investor's mandate. R&D cooperation requests meet each other and technology
 * offers, since two teams seeking a research partner are each other's answer.
 */
export const complementaryTypes: Record<ProfileType, readonly ProfileType[]> = {
  technology_offer: ['technology_request', 'rd_cooperation_request'],
  technology_request: ['technology_offer'],
  business_offer: ['business_request'],
  business_request: ['business_offer'],
  rd_cooperation_request: ['rd_cooperation_request', 'technology_offer'],
  investment_request: ['investment_offer'],
  investment_offer: ['investment_request'],
};

export const areComplementary = (a: ProfileType, b: ProfileType) => complementaryTypes[a].includes(b);

/** The side that asks for something: its TRL is the minimum it needs. */
export const isRequest = (type: ProfileType) => type.endsWith('_request');

export const profileStatuses = ['draft', 'submitted', 'in_review', 'published', 'expired', 'withdrawn'] as const;
export type ProfileStatus = (typeof profileStatuses)[number];

export const ipStatuses = ['patent_granted', 'patent_applied', 'know_how', 'none'] as const;
export const partnershipTypes = ['licence', 'joint_venture', 'rd_cooperation', 'manufacturing', 'supply_distribution', 'investment'] as const;
export type PartnershipType = (typeof partnershipTypes)[number];

/** The partnership types as readers see them, in the match reasons and the pages. */
export const partnershipTypeLabels = {
  licence: { en: 'licence', ru: 'лицензия', zh: '许可' },
  joint_venture: { en: 'joint venture', ru: 'совместное предприятие', zh: '合资' },
  rd_cooperation: { en: 'R&D cooperation', ru: 'совместные НИОКР', zh: '研发合作' },
  manufacturing: { en: 'manufacturing', ru: 'производство', zh: '生产制造' },
  supply_distribution: { en: 'supply and distribution', ru: 'поставки и дистрибуция', zh: '供应与分销' },
  investment: { en: 'investment', ru: 'инвестиции', zh: '投资' },
} as const satisfies Record<PartnershipType, Record<'ru' | 'en' | 'zh', string>>;

export const dealSizeBands = ['under_100k', '100k_1m', '1m_10m', 'over_10m'] as const;
export const textLanguages = ['ru', 'en', 'zh'] as const;

export const reviewCriteria = ['innovation', 'clarity', 'expectations', 'completeness'] as const;
export type ReviewCriterion = (typeof reviewCriteria)[number];
export type ReviewScores = Record<ReviewCriterion, number>;

/** Limits of the texts; the summary limit is the one published profiles are shown with. */
export const profileLimits = { title: 200, summary: 500, description: 8000, keyword: 60, keywords: 20, minDescription: 200 } as const;

/** Days before expiry from which the owner is reminded to renew. */
export const renewalReminderDays = 14;

const han = /\p{Script=Han}/gu;
const cyrillic = /\p{Script=Cyrillic}/gu;
const latin = /\p{Script=Latin}/gu;

/** The language a text is written in, by its script: enough for ru/en/zh, and the author may override it. */
export function detectLanguage(text: string): 'ru' | 'en' | 'zh' {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const zh = count(han) * 2; // one Han character carries about as much as two letters
  const ru = count(cyrillic);
  const en = count(latin);
  if (zh >= ru && zh >= en && zh > 0) return 'zh';
  return ru >= en && ru > 0 ? 'ru' : 'en';
}
