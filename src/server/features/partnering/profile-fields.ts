import { inArray } from 'drizzle-orm';
import type { CreateProfileInput } from '../../../shared/contracts/partnering';
import { contactDataFields } from '../../../shared/partnering-prechecks';
import type { Executor } from '../../db/client';
import { storedFiles } from '../../db/schema/index';
import { AppError } from '../../lib/errors';
import type { Glossary } from './glossary/glossary';
import { directionClosure, fullText, languageOf, searchTextOf } from './profile-text';
import * as repo from './profiles.repo';

export type ProfileFields = Omit<CreateProfileInput, 'organizationId'>;

/**
 * The checks every save of a profile passes, draft or not, and the derived columns (language,
 * search text, glossary concepts, direction closure). Incompleteness is left to the pre-checks of
 * submission; what is wrong whatever the stage is refused here, before anything is written.
 */
export async function checkedColumns(tx: Executor, fields: ProfileFields, glossary: Glossary, today: string) {
  if (fields.expiresOn && fields.expiresOn <= today) throw new AppError('EXPIRY_IN_PAST', { field: 'expiresOn', today });
  if (fields.dealSizeBand && !fields.type.startsWith('investment_')) throw new AppError('DEAL_SIZE_ONLY_FOR_INVESTMENT', { field: 'dealSizeBand' });
  if (fields.anonymous) {
    const fieldsWithContacts = contactDataFields(fields);
    if (fieldsWithContacts.length) throw new AppError('CONTACT_DATA_IN_ANONYMOUS_PROFILE', { fields: fieldsWithContacts });
  }
  const directionIds = [...new Set(fields.directionIds)];
  const nodes = await repo.allDirections(tx);
  const known = new Set(nodes.map((n) => n.id));
  const unknown = directionIds.filter((id) => !known.has(id));
  if (unknown.length) throw new AppError('UNKNOWN_DIRECTION', { directionIds: unknown });
  if (!(await repo.areEcosystems(tx, [...new Set(fields.targetEcosystemIds)]))) throw new AppError('UNKNOWN_ECOSYSTEM', { field: 'targetEcosystemIds' });
  if (fields.attachmentFileIds.length) {
    const found = await tx.select({ id: storedFiles.id }).from(storedFiles).where(inArray(storedFiles.id, fields.attachmentFileIds));
    if (found.length !== new Set(fields.attachmentFileIds).size) throw new AppError('REFERENCE_NOT_FOUND', { field: 'attachmentFileIds' });
  }
  const language = languageOf(fields, fields.language);
  const values = {
    type: fields.type,
    title: fields.title,
    summary: fields.summary,
    description: fields.description,
    language,
    keywords: [...new Set(fields.keywords)],
    trl: fields.trl,
    ipStatus: fields.ipStatus,
    partnershipTypes: [...new Set(fields.partnershipTypes)],
    targetCountries: [...new Set(fields.targetCountries)],
    targetEcosystemIds: [...new Set(fields.targetEcosystemIds)],
    dealSizeBand: fields.dealSizeBand,
    expiresOn: fields.expiresOn,
    attachmentFileIds: [...new Set(fields.attachmentFileIds)],
    anonymous: fields.anonymous,
    searchText: searchTextOf(fields, language),
    concepts: conceptsOf(fields, glossary),
    directionClosure: directionClosure(directionIds, nodes),
  };
  return { values, directionIds };
}

/** Concepts the texts name (the taxonomy labels among them): the cross-language index of matching. */
export function conceptsOf(fields: Pick<ProfileFields, 'title' | 'summary' | 'description' | 'keywords'>, glossary: Glossary): string[] {
  return [...glossary.find(fullText(fields)).keys()].sort();
}

/** The fields of an existing row in the shape of the input, so a partial update can be merged. */
export function fieldsOfRow(row: repo.ProfileRow, directionIds: string[]): ProfileFields {
  return {
    type: row.type as ProfileFields['type'],
    title: row.title,
    summary: row.summary,
    description: row.description,
    language: row.language as ProfileFields['language'],
    directionIds,
    keywords: row.keywords,
    trl: row.trl,
    ipStatus: row.ipStatus as ProfileFields['ipStatus'],
    partnershipTypes: row.partnershipTypes as ProfileFields['partnershipTypes'],
    targetCountries: row.targetCountries,
    targetEcosystemIds: row.targetEcosystemIds,
    dealSizeBand: row.dealSizeBand as ProfileFields['dealSizeBand'],
    expiresOn: row.expiresOn,
    attachmentFileIds: row.attachmentFileIds,
    anonymous: row.anonymous,
  };
}
