import { isValidElement, type ReactNode } from 'react';
import type { DataRouteMatch } from 'react-router';

type Preloadable = { preload: () => Promise<void> };
const isPreloadable = (type: unknown): type is Preloadable =>
  typeof type === 'function' && typeof (type as Partial<Preloadable>).preload === 'function';

/** The lazy pages and layouts in a route's element, also when wrapped (`<RequireAuth><AppLayout /></RequireAuth>`). */
function lazyPartsOf(node: ReactNode): Preloadable[] {
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => lazyPartsOf(child));
  if (!isValidElement<{ children?: ReactNode }>(node)) return [];
  const own = isPreloadable(node.type) ? [node.type] : [];
  return [...own, ...lazyPartsOf(node.props.children)];
}

/**
 * Starts fetching the chunks of every lazy layout and page of the routes being opened, at once and
 * side by side with the interface texts, instead of one after the other once the shell has rendered.
 * Resolves when all of them are in (or failed: the page then shows its loader and retries).
 */
export function preloadMatchedPages(matches: readonly DataRouteMatch[]): Promise<void> {
  const parts = matches.flatMap((match) => lazyPartsOf(match.route.element));
  return Promise.all(parts.map((part) => part.preload())).then(() => undefined);
}
