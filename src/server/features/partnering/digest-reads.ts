/**
 * Reading and clearing the digest of new matches (ADR 033). An organization's digest is read by its
 * side (members, its own managers, the managers of its parks) and by the center; it is marked as
 * seen only by its side. The other profile of a pair is shown as the reader may see it: an
 * anonymous one without its organization.
 */
import { and, inArray, isNull } from 'drizzle-orm';
import type { DigestDto, DigestQuery } from '../../../shared/contracts/partnering-digest';
import type { Language } from '../../../shared/languages';
import type { Database } from '../../db/client';
import { partneringDigestMatches, partneringProfiles } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { unseenPairs } from './match-digest';
import type { PairScore } from './matching/score';
import { actsForOwner, isCenter } from './partnering.policy';
import { ownersOf, toProfiles } from './profile-mappers';
import type { ProfileRow } from './profiles.repo';

type Dependencies = { db: Database; clock: Clock; explainRows: (row: ProfileRow, other: ProfileRow, language: Language) => Promise<PairScore> };

export function createDigestReads({ db, clock, explainRows }: Dependencies) {
  const today = () => clock.now().toISOString().slice(0, 10);

  /** The organizations whose digest the caller asks for, once the policy allows it. */
  async function scope(organizationId: string | undefined, context: RequestContext, purpose: 'read' | 'clear'): Promise<string[]> {
    const actor = context.actor;
    authorize(actor, actor.kind === 'user');
    if (actor.kind !== 'user') return [];
    if (!organizationId) return [...new Set([...actor.memberOrganizationIds, ...actor.managedEcosystemIds])];
    const owner = (await ownersOf(db, [{ organizationId }]))(organizationId);
    authorize(actor, actsForOwner(actor, owner) || (purpose === 'read' && isCenter(actor)));
    return [organizationId];
  }

  return {
    async list(query: DigestQuery, language: Language, context: RequestContext): Promise<DigestDto> {
      const organizationIds = await scope(query.organizationId, context, 'read');
      const { total, rows } = await unseenPairs(db, organizationIds, today(), query.limit);
      if (!rows.length) return { total, items: [] };
      const ids = [...new Set(rows.flatMap((r) => [r.profileId, r.matchedProfileId]))];
      const profileRows = await db.select().from(partneringProfiles).where(inArray(partneringProfiles.id, ids));
      const rowById = new Map(profileRows.map((r) => [r.id, r]));
      const dtoById = new Map((await toProfiles(db, context.actor, profileRows, today())).map((p) => [p.id, p]));
      const items = [];
      for (const pair of rows) {
        const [own, other] = [rowById.get(pair.profileId), rowById.get(pair.matchedProfileId)];
        if (!own || !other) continue;
        const explained = await explainRows(own, other, language);
        items.push({ profile: dtoById.get(own.id)!, match: dtoById.get(other.id)!, score: pair.score, reasons: explained.reasons.slice(0, 3), foundOn: pair.foundOn });
      }
      return { total, items };
    },

    /** Everything the organizations' digest shows now becomes seen; one audit entry per organization. */
    async markSeen(organizationId: string | undefined, context: RequestContext): Promise<{ marked: number }> {
      const organizationIds = await scope(organizationId, context, 'clear');
      if (!organizationIds.length) return { marked: 0 };
      const d = partneringDigestMatches;
      return db.transaction(async (tx) => {
        const marked = await tx.update(d).set({ seenAt: clock.now() })
          .where(and(inArray(d.organizationId, organizationIds), isNull(d.seenAt)))
          .returning({ organizationId: d.organizationId });
        const perOrganization = new Map<string, number>();
        for (const m of marked) perOrganization.set(m.organizationId, (perOrganization.get(m.organizationId) ?? 0) + 1);
        for (const [id, count] of perOrganization) {
          await recordAudit(tx, context, { action: 'match_digest_seen', entityType: 'organization', entityId: id, changes: { unseenMatches: { before: count, after: 0 } } });
        }
        return { marked: marked.length };
      });
    },
  };
}
