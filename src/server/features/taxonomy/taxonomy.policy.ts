import { hasRole, type Actor } from '../../lib/actor';

export type TaxonomyAction = 'read' | 'readInactive' | 'readUsage' | 'create' | 'update' | 'delete';

/**
 * The taxonomy is a shared vocabulary: everyone, anonymous callers included, reads its active
 * directions; only the platform operator changes it, sees retired directions and how much each is used.
 */
export function canTaxonomy(actor: Actor, action: TaxonomyAction): boolean {
  if (action === 'read') return true;
  return hasRole(actor, 'admin');
}
