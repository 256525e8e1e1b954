import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Which interface texts each lazy page of the router uses, found by reading the source: a module
 * uses a key when it holds a string that starts with a section's name and a dot — every key in the
 * app is written that way ('catalog.title', `enums.role.${role}`), since `t()` is typed against the
 * Russian texts. What the entry needs (read from the modules `main.tsx` imports without `import()`)
 * is taken by whole sections, the start texts loaded with the entry; a page's own texts are the keys
 * its modules name beyond them, loaded with its chunk. A string is read up to where it stops being
 * a key ('agreements.status.' before `${status}`) and stands for every key it begins, so keys built
 * from a known beginning, plural forms (`count_one`) and whole subsections come along.
 */
/** `start`: sections; `pages`: per page, the beginnings of the keys it uses ('agreements.status.'). */
export type PageTexts = { start: string[]; pages: Map<string, string[]> };

const staticImport = /(?:^|[\s;])(?:import|export)\s+(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/g;
const dynamicImport = /import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
const lazyPageCall = /lazyPage\(\s*\(\)\s*=>\s*import\(\s*'([^']+)'\s*\)\s*,\s*'(\w+)'\s*\)/g;

function resolveModule(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((file) => /\.tsx?$/.test(file) && existsSync(file));
}

function importsOf(file: string, source: string, withDynamic: boolean): string[] {
  const patterns = withDynamic ? [staticImport, dynamicImport] : [staticImport];
  const found = patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!));
  return found.map((specifier) => resolveModule(file, specifier)).filter((resolved): resolved is string => resolved !== undefined);
}

/** The key beginnings named by `entry` and every module it reaches (through `import()` too when `withDynamic`). */
function keysNamedFrom(entry: string, sectionNames: readonly string[], withDynamic: boolean): Set<string> {
  const keyBeginning = new RegExp(`['"\`]((?:${sectionNames.join('|')})\\.[\\w.-]*)`, 'g');
  const named = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || file.endsWith('.test.ts') || file.endsWith('.test.tsx')) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(keyBeginning)) named.add(match[1]!);
    queue.push(...importsOf(file, source, withDynamic));
  }
  return named;
}

const sectionOf = (keyBeginning: string) => keyBeginning.slice(0, keyBeginning.indexOf('.'));

type Texts = { [key: string]: string | Texts };

/** The texts whose full key starts with one of `keyBeginnings`, in the same tree shape; empty branches left out. */
export function textsStartingWith(texts: Texts, keyBeginnings: readonly string[], path = ''): Texts {
  const picked: Texts = {};
  for (const [key, value] of Object.entries(texts)) {
    const fullKey = path ? `${path}.${key}` : key;
    if (keyBeginnings.some((beginning) => fullKey.startsWith(beginning))) picked[key] = value;
    else if (typeof value !== 'string' && keyBeginnings.some((beginning) => beginning.startsWith(`${fullKey}.`))) {
      const branch = textsStartingWith(value, keyBeginnings, fullKey);
      if (Object.keys(branch).length > 0) picked[key] = branch;
    }
  }
  return picked;
}

export function findPageTexts(webRoot: string, sectionNames: readonly string[]): PageTexts {
  const routerFile = path.join(webRoot, 'app/router.tsx');
  const router = readFileSync(routerFile, 'utf8');
  const calls = [...router.matchAll(lazyPageCall)];
  // A lazy page written another way would silently get no texts of its own: refuse to build.
  const written = router.match(/lazyPage\(/g)?.length ?? 0;
  if (calls.length !== written) throw new Error(`router.tsx: ${written} lazyPage calls, ${calls.length} in the form lazyPage(() => import('…'), 'Name')`);
  const start = new Set([...keysNamedFrom(path.join(webRoot, 'main.tsx'), sectionNames, false)].map(sectionOf));
  const pages = new Map<string, string[]>();
  for (const [, specifier, name] of calls) {
    if (pages.has(name!)) throw new Error(`router.tsx: two lazy pages named ${name}`);
    const file = resolveModule(routerFile, specifier!);
    if (!file) throw new Error(`router.tsx: cannot find ${specifier}`);
    const named = keysNamedFrom(file, sectionNames, true);
    pages.set(name!, [...named].filter((beginning) => !start.has(sectionOf(beginning))).sort());
  }
  return { start: [...start].sort(), pages };
}
