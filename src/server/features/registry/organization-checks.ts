import type { CreateOrganizationInput, DuplicateCandidate, IdentifierInput } from '../../../shared/contracts/organization-input';
import { nameMatchingKey } from '../../../shared/name-matching';
import type { Executor } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/errors';
import { organizationReadScope } from './registry.policy';
import * as repo from './organizations-write.repo';

/** The checks every write of an organization passes before anything is written. */

export async function assertIdentifiersFree(db: Executor, identifiers: IdentifierInput[], exceptOrganizationId?: string) {
  const taken = await repo.findTakenIdentifiers(db, identifiers, exceptOrganizationId);
  const first = taken[0];
  if (!first) return;
  const holder = first.organization;
  throw new AppError('IDENTIFIER_TAKEN', {
    scheme: first.scheme,
    value: first.value,
    existing: { id: holder.id, name: { ru: holder.nameRu, en: holder.nameEn, zh: holder.nameZh } },
  });
}

export async function assertActivityCodesKnown(db: Executor, codes: string[]) {
  const unique = [...new Set(codes)];
  const known = new Set(await repo.findKnownActivityCodes(db, unique));
  const unknown = unique.filter((code) => !known.has(code));
  if (unknown.length) throw new AppError('UNKNOWN_ACTIVITY_CODE', { codes: unknown });
}

export async function assertDirectionsKnown(db: Executor, ids: string[]) {
  const unique = [...new Set(ids)];
  const known = new Set(await repo.findKnownDirectionIds(db, unique));
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length) throw new AppError('UNKNOWN_DIRECTION', { ids: unknown });
}

/** Likely duplicates by name across scripts, among the organizations the caller may read. */
export async function findDuplicateCandidates(db: Executor, actor: Actor, name: CreateOrganizationInput['name'], exceptId?: string): Promise<DuplicateCandidate[]> {
  const key = [name.ru, name.en].filter((n): n is string => Boolean(n)).map(nameMatchingKey).join(' ');
  const rows = await repo.findSimilarOrganizations(db, organizationReadScope(actor), key, name.zh, exceptId);
  return rows.map(({ organization, similarity }) => ({
    id: organization.id,
    name: { ru: organization.nameRu, en: organization.nameEn, zh: organization.nameZh },
    country: organization.country,
    similarity: Math.round(Number(similarity) * 100) / 100,
    reason: 'similar_name' as const,
  }));
}
