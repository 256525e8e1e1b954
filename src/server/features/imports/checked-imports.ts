import type { ColumnMapping } from '../../../shared/contracts/imports';
import type { Actor } from '../../lib/actor';

/**
 * What a dry run was made against. Its outcome depends on nothing else: the run's file (stored once,
 * never changed), the mapping, the caller's rights, and the registry — organizations, identifiers,
 * external ids, directions, memberships — whose every committed write moves the generation (ADR 029).
 * ОКВЭД2 codes are reference data, written only before the server listens.
 */
export type CheckBasis = { generation: number; actor: string; mapping: string };

/** The parts of the caller that decide what an import may write. */
export function actorKey(actor: Actor): string {
  if (actor.kind !== 'user') return 'anonymous';
  const sorted = (values: readonly string[]) => [...values].sort();
  return JSON.stringify([actor.id, sorted(actor.roles), sorted(actor.memberOrganizationIds), sorted(actor.managedEcosystemIds)]);
}

export const basisOf = (generation: number, actor: Actor, mapping: ColumnMapping): CheckBasis => ({
  generation, actor: actorKey(actor), mapping: JSON.stringify(Object.entries(mapping).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
});

const sameBasis = (a: CheckBasis, b: CheckBasis) => a.generation === b.generation && a.actor === b.actor && a.mapping === b.mapping;

/**
 * The last dry run this process made, kept so that the commit that usually follows it need not
 * read the file and check every row again (ADR 037). Given back only for the same run on the same
 * basis — any registry write committed since, a change of the caller's roles or of the mapping, and
 * the commit checks again — and only for `maxAgeMs`: one run's rows at most are held in memory.
 * A commit in another process, or after a restart, finds nothing here and checks again.
 */
export class CheckedImports<T> {
  private last: { runId: string; basis: CheckBasis; at: number; value: T } | undefined;

  constructor(private readonly now: () => number, private readonly maxAgeMs = 15 * 60_000) {}

  remember(runId: string, basis: CheckBasis, value: T): void {
    this.last = { runId, basis, at: this.now(), value };
  }

  /** The kept check of this run if it was made on this basis, and forgets it either way. */
  take(runId: string, basis: CheckBasis): T | undefined {
    const last = this.last;
    if (!last || last.runId !== runId) return undefined;
    this.last = undefined;
    return sameBasis(last.basis, basis) && this.now() - last.at <= this.maxAgeMs ? last.value : undefined;
  }

  forget(runId: string): void {
    if (this.last?.runId === runId) this.last = undefined;
  }
}
