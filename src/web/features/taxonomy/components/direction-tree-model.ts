import type { TaxonomyDirection } from '../../../../shared/contracts/taxonomy';

export type DirectionNode = { direction: TaxonomyDirection; children: DirectionNode[] };

/** Builds the hierarchy from the flat list, keeping the server's order; a direction whose parent is not in the list becomes a root. */
export function buildDirectionTree(items: readonly TaxonomyDirection[]): DirectionNode[] {
  const nodes = new Map(items.map((direction) => [direction.id, { direction, children: [] as DirectionNode[] }]));
  const roots: DirectionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.direction.parentId ? nodes.get(node.direction.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Case-insensitive match on the labels in every language, the code and the FORD code. */
export function directionMatches(direction: TaxonomyDirection, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  const { ru, en, zh } = direction.label;
  return [ru, en, zh, direction.code, direction.fordCode ?? ''].some((text) => text.toLowerCase().includes(needle));
}

/** Keeps the matching directions with their whole branch below, and the ancestors that lead to them. */
export function filterDirectionTree(roots: readonly DirectionNode[], query: string): DirectionNode[] {
  if (!query.trim()) return [...roots];
  const keep = (node: DirectionNode): DirectionNode | null => {
    if (directionMatches(node.direction, query)) return node;
    const children = node.children.map(keep).filter((child): child is DirectionNode => child !== null);
    return children.length > 0 ? { ...node, children } : null;
  };
  return roots.map(keep).filter((node): node is DirectionNode => node !== null);
}

/** The ids of a direction and everything below it: a direction cannot move under any of them. */
export function branchIds(items: readonly TaxonomyDirection[], id: string): Set<string> {
  const branch = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      if (item.parentId && branch.has(item.parentId) && !branch.has(item.id)) {
        branch.add(item.id);
        grew = true;
      }
    }
  }
  return branch;
}

/** Depth-first order with each direction's depth: the order of a parent picker. */
export function flattenTree(roots: readonly DirectionNode[], depth = 0): { direction: TaxonomyDirection; depth: number }[] {
  return roots.flatMap((node) => [{ direction: node.direction, depth }, ...flattenTree(node.children, depth + 1)]);
}

export function countNodes(roots: readonly DirectionNode[]): number {
  return roots.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}
