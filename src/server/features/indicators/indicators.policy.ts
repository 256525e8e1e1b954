import type { Actor } from '../../lib/actor';

/**
 * Regional strategic targets are public; program, project and organization-reported indicators
 * need a signed-in user (finer rules come with the indicators module).
 */
export function readableIndicatorLevels(actor: Actor): string[] | 'all' {
  return actor.kind === 'anonymous' ? ['regional'] : 'all';
}
