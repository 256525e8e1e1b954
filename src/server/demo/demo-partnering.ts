import type { Executor } from '../db/client';
import { partneringInterests, partneringProfileDirections, partneringProfiles, partneringReviews } from '../db/schema/index';
import type { DirectionCode } from '../db/reference/directions';
import { loadGlossary } from '../features/partnering/glossary/glossary';
import { createMatchDigest } from '../features/partnering/match-digest';
import { checkedColumns } from '../features/partnering/profile-fields';
import type { DemoWorld } from './build-demo-world';
import { demoInterestSeeds, demoProfileSeeds, type DemoProfileSeed } from './demo-partnering-texts';

const day = 86_400_000;

/** The n-th current resident of an ecosystem (in a country, if given), by key: the same one at every reset. */
function authorOf(world: DemoWorld, seed: DemoProfileSeed): string {
  if ('organizationKey' in seed.author) return seed.author.organizationKey;
  const { ecosystemKey, index, country } = seed.author;
  const countryOf = new Map(world.organizations.map((o) => [o.key, o.country]));
  const residents = world.memberships
    .filter((m) => m.ecosystemKey === ecosystemKey && m.status === 'resident' && (!country || countryOf.get(m.organizationKey) === country))
    .map((m) => m.organizationKey)
    .filter((key) => key !== 'great-stone-demo-member')
    .sort();
  const key = residents[index];
  if (!key) throw new Error(`The demo world has no resident #${index} of ${ecosystemKey}`);
  return key;
}

/**
 * Partnering in the demo world: offers and requests of "Great Stone" residents (in Chinese), Hi-Tech
 * Park companies (in English) and Yakut organizations (in Russian), reviewed and published, one
 * submitted for the review queue, and expressions of interest at every step of the funnel — the one
 * that became an agreement points at the demo agreement of "Great Stone".
 */
export async function insertPartnering(tx: Executor, world: DemoWorld, options: {
  newId: () => string; org: (key: string) => string; direction: (code: DirectionCode) => string; agreementId: string; now: Date;
}) {
  const { newId, org, direction, now } = options;
  const glossary = await loadGlossary();
  const today = now.toISOString().slice(0, 10);
  const profileIds = new Map<string, string>();
  for (const [index, seed] of demoProfileSeeds.entries()) {
    const directionIds = seed.directions.map(direction);
    const { values } = await checkedColumns(tx, {
      type: seed.type, title: seed.title, summary: seed.summary, description: seed.description, keywords: seed.keywords, directionIds,
      trl: seed.trl, ipStatus: null, partnershipTypes: seed.partnershipTypes, targetCountries: [], targetEcosystemIds: [], dealSizeBand: seed.dealSizeBand ?? null,
      expiresOn: new Date(now.getTime() + (200 + index * 10) * day).toISOString().slice(0, 10), attachmentFileIds: [], anonymous: seed.anonymous ?? false,
    }, glossary, today);
    const created = new Date(now.getTime() - (150 - index * 5) * day);
    const id = newId();
    profileIds.set(seed.key, id);
    await tx.insert(partneringProfiles).values({
      ...values, id, organizationId: org(authorOf(world, seed)), status: seed.status,
      submittedAt: seed.status === 'draft' ? null : new Date(created.getTime() + day), publishedAt: seed.status === 'published' ? new Date(created.getTime() + 3 * day) : null,
      createdAt: created, updatedAt: created,
    });
    await tx.insert(partneringProfileDirections).values(directionIds.map((directionId) => ({ profileId: id, directionId })));
    if (seed.status === 'published') {
      await tx.insert(partneringReviews).values({
        profileId: id, innovation: 4, clarity: 4 + (index % 2), expectations: 4, completeness: 3 + (index % 3 === 0 ? 1 : 0), decision: 'published',
        comment: null, thresholds: { minTotal: 12, minPerCriterion: 2 }, createdAt: new Date(created.getTime() + 3 * day),
      });
    }
  }
  const profileOf = (key: string) => demoProfileSeeds.find((s) => s.key === key)!;
  for (const seed of demoInterestSeeds) {
    const sent = new Date(now.getTime() - seed.daysAgo * day);
    const after = (days: number) => new Date(sent.getTime() + days * day);
    const reached = (step: string) => ['sent', 'introduced', 'meeting', 'agreement', 'project', 'closed'].indexOf(seed.step) >= ['sent', 'introduced', 'meeting', 'agreement', 'project', 'closed'].indexOf(step);
    const introduced = seed.step !== 'sent' && seed.step !== 'closed' ? after(4) : null;
    const met = ['meeting', 'agreement', 'project'].includes(seed.step) ? after(15) : null;
    await tx.insert(partneringInterests).values({
      id: newId(),
      fromProfileId: profileIds.get(seed.from)!, toProfileId: profileIds.get(seed.to)!,
      fromOrganizationId: org(authorOf(world, profileOf(seed.from))), toOrganizationId: org(authorOf(world, profileOf(seed.to))),
      message: seed.message, routedTo: profileOf(seed.to).anonymous ? 'intermediary' : 'owner', status: seed.step,
      introducedAt: introduced, introductionNote: introduced ? 'Стороны познакомлены на встрече в Центре управления проектами.' : null,
      meetingOn: met ? met.toISOString().slice(0, 10) : null, meetingFormat: met ? 'online' : null, meetingNotes: met ? 'Обсудили пилотные испытания и условия лицензии.' : null, meetingRecordedAt: met,
      agreementId: seed.step === 'agreement' ? options.agreementId : null,
      projectLink: seed.step === 'project' ? 'https://northbridge.example/projects/cold-seals-pilot' : null,
      closedReason: seed.step === 'closed' ? 'Стадия стартапа пока не подходит фонду; вернуться к разговору после первых продаж в России.' : null,
      outcomeAt: reached('agreement') && seed.step !== 'meeting' ? after(40) : null,
      createdAt: sent, updatedAt: sent,
    });
  }
  // The digest of new matches as the nightly job leaves it: every organization has its new matches to see.
  await createMatchDigest({ db: tx, clock: { now: () => now }, glossary: async () => glossary }).refreshAll();
  return { profiles: demoProfileSeeds.length, interests: demoInterestSeeds.length };
}
