/** Walks of the direction hierarchy, on the parent links of the whole (small) tree. */
export type ParentLink = { id: string; parentId: string | null };

/** True when `candidate` is `id` itself or lies below it: making it `id`'s parent would close a cycle. */
export function isSelfOrDescendant(links: readonly ParentLink[], id: string, candidate: string): boolean {
  const parentOf = new Map(links.map((link) => [link.id, link.parentId]));
  const seen = new Set<string>();
  for (let current: string | null | undefined = candidate; current; current = parentOf.get(current)) {
    if (current === id) return true;
    if (seen.has(current)) return true; // an existing cycle: refuse rather than loop
    seen.add(current);
  }
  return false;
}

/** Every direction below `id`, at any depth. */
export function descendantsOf(links: readonly ParentLink[], id: string): string[] {
  const children = new Map<string, string[]>();
  for (const link of links) {
    if (link.parentId) children.set(link.parentId, [...(children.get(link.parentId) ?? []), link.id]);
  }
  const found: string[] = [];
  const queue = [...(children.get(id) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (found.includes(next)) continue;
    found.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}
