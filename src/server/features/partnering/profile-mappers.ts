import type { ProfileDto } from '../../../shared/contracts/partnering';
import { renewalReminderDays } from '../../../shared/partnering';
import { precheckProfile } from '../../../shared/partnering-prechecks';
import type { Actor } from '../../lib/actor';
import type { Executor } from '../../db/client';
import { canReviewProfile, canSeeIdentity, canWriteProfile, type ProfileOwner } from './partnering.policy';
import * as repo from './profiles.repo';

const iso = (value: Date | null) => (value ? value.toISOString() : null);

/** Published profiles past their expiry read as expired, before the daily job has marked them. */
export function shownStatus(row: repo.ProfileRow, today: string): ProfileDto['status'] {
  if (row.status === 'published' && row.expiresOn && row.expiresOn < today) return 'expired';
  return row.status as ProfileDto['status'];
}

export async function ownersOf(db: Executor, rows: { organizationId: string }[]) {
  const ecosystems = await repo.ecosystemsOfOrganizations(db, rows.map((r) => r.organizationId));
  return (organizationId: string): ProfileOwner => ({ organizationId, ecosystemIds: ecosystems.get(organizationId) ?? [] });
}

const daysUntil = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Profiles as the reader may see them, loaded in a handful of queries whatever their number. */
export async function toProfiles(db: Executor, actor: Actor, rows: repo.ProfileRow[], today: string): Promise<ProfileDto[]> {
  const ids = rows.map((r) => r.id);
  const [directionIds, nodes, organizations, reviews, ownerOf] = await Promise.all([
    repo.directionIdsOf(db, ids), repo.allDirections(db), repo.organizationsOf(db, rows.map((r) => r.organizationId)), repo.lastReviews(db, ids), ownersOf(db, rows),
  ]);
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  return rows.map((row) => {
    const owner = ownerOf(row.organizationId);
    const organization = organizations.get(row.organizationId)!;
    const writer = canWriteProfile(actor, owner);
    const directions = (directionIds.get(row.id) ?? []).map((id) => nodeById.get(id)!).filter(Boolean)
      .map((d) => ({ id: d.id, code: d.code, label: { ru: d.labelRu, en: d.labelEn, zh: d.labelZh } }));
    const review = reviews.get(row.id);
    const status = shownStatus(row, today);
    return {
      id: row.id,
      type: row.type as ProfileDto['type'],
      status,
      title: row.title,
      summary: row.summary,
      description: row.description,
      language: row.language as ProfileDto['language'],
      directions,
      keywords: row.keywords,
      trl: row.trl,
      ipStatus: row.ipStatus as ProfileDto['ipStatus'],
      partnershipTypes: row.partnershipTypes as ProfileDto['partnershipTypes'],
      targetCountries: row.targetCountries,
      targetEcosystemIds: row.targetEcosystemIds,
      dealSizeBand: row.dealSizeBand as ProfileDto['dealSizeBand'],
      expiresOn: row.expiresOn,
      attachmentFileIds: writer || !row.anonymous ? row.attachmentFileIds : [],
      anonymous: row.anonymous,
      organization: canSeeIdentity(actor, owner, row.anonymous)
        ? { id: organization.id, name: { ru: organization.nameRu, en: organization.nameEn, zh: organization.nameZh }, country: organization.country }
        : null,
      country: organization.country,
      canEdit: writer,
      canReview: canReviewProfile(actor, owner),
      renewalDue: writer && !!row.expiresOn && (status === 'expired' || (status === 'published' && daysUntil(today, row.expiresOn) <= renewalReminderDays)),
      prechecks: writer ? precheckProfile({ ...row, type: row.type as ProfileDto['type'], directionIds: directionIds.get(row.id) ?? [] }) : [],
      // The author and the reviewers read the review; the public does not.
      lastReview: review && (writer || canReviewProfile(actor, owner)) ? {
        scores: { innovation: review.innovation, clarity: review.clarity, expectations: review.expectations, completeness: review.completeness },
        total: review.innovation + review.clarity + review.expectations + review.completeness,
        comment: review.comment,
        decision: review.decision as 'published' | 'returned',
        thresholds: review.thresholds as { minTotal: number; minPerCriterion: number },
        reviewedAt: review.createdAt.toISOString(),
      } : null,
      submittedAt: iso(row.submittedAt),
      publishedAt: iso(row.publishedAt),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}
