import { describe, expect, it } from 'vitest';
import { en, ru, zh } from './messages';

type Tree = { [key: string]: string | Tree };

/** Every leaf as "path.to.key" → value. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [p, v] of flatten(value, path)) entries.set(p, v);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const languages = { ru, en, zh } as const;
const reference = flatten(ru);

describe('interface translations', () => {
  it.each(Object.entries(languages))('%s has exactly the keys of ru', (_language, messages) => {
    expect([...flatten(messages).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(Object.entries(languages))('%s has no empty texts', (_language, messages) => {
    const empty = [...flatten(messages)].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(Object.entries(languages))('%s uses the same {{placeholders}} as ru', (_language, messages) => {
    const mismatched = [...flatten(messages)]
      .filter(([key, value]) => placeholders(value).join() !== placeholders(reference.get(key) ?? '').join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
