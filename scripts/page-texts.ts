import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Which sections of the interface texts each lazy page of the router uses, found by reading the
 * source: a module uses a section when it holds a string that starts with the section's name and a
 * dot ('catalog.title', `enums.role.${role}`) — every key in the app is written that way, since
 * `t()` is typed against the Russian texts. The texts the entry itself needs (read from the modules
 * `main.tsx` imports without `import()`) are the start texts, loaded with the entry; a page's own
 * texts are what its modules use beyond them, loaded with its chunk.
 */
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

/** The sections used by `entry` and every module it reaches (through `import()` too when `withDynamic`). */
function sectionsReachedFrom(entry: string, sectionNames: readonly string[], withDynamic: boolean, stopAt: ReadonlySet<string> = new Set()): Set<string> {
  const keyPrefix = new RegExp(`['"\`](${sectionNames.join('|')})\\.[\\w$]`, 'g');
  const used = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || stopAt.has(file) || file.endsWith('.test.ts') || file.endsWith('.test.tsx')) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(keyPrefix)) used.add(match[1]!);
    queue.push(...importsOf(file, source, withDynamic));
  }
  return used;
}

export function findPageTexts(webRoot: string, sectionNames: readonly string[]): PageTexts {
  const routerFile = path.join(webRoot, 'app/router.tsx');
  const router = readFileSync(routerFile, 'utf8');
  const calls = [...router.matchAll(lazyPageCall)];
  // A lazy page written another way would silently get no texts of its own: refuse to build.
  const written = router.match(/lazyPage\(/g)?.length ?? 0;
  if (calls.length !== written) throw new Error(`router.tsx: ${written} lazyPage calls, ${calls.length} in the form lazyPage(() => import('…'), 'Name')`);
  const start = sectionsReachedFrom(path.join(webRoot, 'main.tsx'), sectionNames, false);
  const pages = new Map<string, string[]>();
  for (const [, specifier, name] of calls) {
    if (pages.has(name!)) throw new Error(`router.tsx: two lazy pages named ${name}`);
    const file = resolveModule(routerFile, specifier!);
    if (!file) throw new Error(`router.tsx: cannot find ${specifier}`);
    const used = sectionsReachedFrom(file, sectionNames, true);
    pages.set(name!, [...used].filter((section) => !start.has(section)).sort());
  }
  return { start: [...start].sort(), pages };
}
