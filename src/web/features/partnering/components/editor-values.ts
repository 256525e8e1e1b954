import type { z } from 'zod';
import type { createProfileInput, ProfileDto } from '../../../../shared/contracts/partnering';
import type { ProfileType } from '../../../../shared/partnering';
import type { PrecheckInput } from '../../../../shared/partnering-prechecks';

/** What the editor holds while the author types; `language: 'auto'` lets the server detect it. */
export type EditorValues = {
  organizationId: string | null;
  type: ProfileType;
  title: string;
  summary: string;
  description: string;
  language: 'auto' | 'ru' | 'en' | 'zh';
  directionIds: string[];
  keywords: string[];
  trl: number | null;
  ipStatus: NonNullable<ProfileDto['ipStatus']> | null;
  partnershipTypes: ProfileDto['partnershipTypes'];
  targetCountries: string[];
  targetEcosystemIds: string[];
  dealSizeBand: NonNullable<ProfileDto['dealSizeBand']> | null;
  expiresOn: string;
  anonymous: boolean;
};

export const isInvestment = (type: ProfileType) => type.startsWith('investment_');

export function emptyValues(organizationId: string | null): EditorValues {
  return {
    organizationId, type: 'technology_offer', title: '', summary: '', description: '', language: 'auto', directionIds: [], keywords: [], trl: null, ipStatus: null,
    partnershipTypes: [], targetCountries: [], targetEcosystemIds: [], dealSizeBand: null, expiresOn: '', anonymous: false,
  };
}

export function valuesOf(p: ProfileDto): EditorValues {
  return {
    organizationId: p.organization?.id ?? null, type: p.type, title: p.title, summary: p.summary, description: p.description, language: p.language,
    directionIds: p.directions.map((d) => d.id), keywords: p.keywords, trl: p.trl, ipStatus: p.ipStatus, partnershipTypes: p.partnershipTypes,
    targetCountries: p.targetCountries, targetEcosystemIds: p.targetEcosystemIds, dealSizeBand: p.dealSizeBand, expiresOn: p.expiresOn ?? '', anonymous: p.anonymous,
  };
}

/** The fields the server takes, without the organization (fixed once the profile exists). */
export function fieldsOf(v: EditorValues): Omit<z.input<typeof createProfileInput>, 'organizationId'> {
  return {
    type: v.type, title: v.title, summary: v.summary, description: v.description, ...(v.language === 'auto' ? {} : { language: v.language }),
    directionIds: v.directionIds, keywords: v.keywords, trl: v.trl, ipStatus: v.ipStatus, partnershipTypes: v.partnershipTypes,
    targetCountries: v.targetCountries, targetEcosystemIds: v.targetEcosystemIds, dealSizeBand: isInvestment(v.type) ? v.dealSizeBand : null,
    expiresOn: v.expiresOn || null, anonymous: v.anonymous,
  };
}

export const precheckInputOf = (v: EditorValues): PrecheckInput => v;
