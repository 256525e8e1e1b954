import { describe, expect, it } from 'vitest';
import type { TaxonomyDirection } from '../../../../shared/contracts/taxonomy';
import { branchIds, buildDirectionTree, countNodes, filterDirectionTree, flattenTree } from './direction-tree-model';

const direction = (id: string, parentId: string | null, en: string, zh = en): TaxonomyDirection => ({
  id, code: en.toLowerCase().replace(/ /g, '_'), parentId, label: { ru: en, en, zh }, description: { ru: null, en: null, zh: null },
  fordCode: '1.02', okvedSection: null, sortOrder: 0, active: true, usage: null,
});

const items = [
  direction('a', null, 'High tech'),
  direction('b', 'a', 'Artificial intelligence', '人工智能'),
  direction('c', 'b', 'Computer vision'),
  direction('d', null, 'Energy'),
  direction('e', 'missing', 'Orphan'),
];

describe('the direction tree', () => {
  it('nests children under parents and keeps orphans at the top', () => {
    const roots = buildDirectionTree(items);
    expect(roots.map((n) => n.direction.id)).toEqual(['a', 'd', 'e']);
    expect(flattenTree(roots).map((n) => `${n.direction.id}${n.depth}`)).toEqual(['a0', 'b1', 'c2', 'd0', 'e0']);
  });

  it('filters to the matches with their ancestors and their own branch, in any language', () => {
    const roots = buildDirectionTree(items);
    const byChinese = filterDirectionTree(roots, '人工');
    expect(flattenTree(byChinese).map((n) => n.direction.id)).toEqual(['a', 'b', 'c']);
    expect(countNodes(filterDirectionTree(roots, 'vision'))).toBe(3);
    expect(filterDirectionTree(roots, 'nothing like it')).toEqual([]);
  });

  it('finds the branch a direction may not move into', () => {
    expect([...branchIds(items, 'a')].sort()).toEqual(['a', 'b', 'c']);
  });
});
