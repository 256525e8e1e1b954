/**
 * Field-level precision, recall and F1 of the press-release reader on the development set, and
 * the accuracy of registry matching of the parties found.
 *
 *   npx tsx bench/press-release/evaluate.ts [--held-out] [--verbose] [--json]
 *
 * --held-out reads the items written after the rules were settled instead of the development set.
 *
 * Agreements are paired with gold ones by shared parties; values are compared by their lemmas
 * (so "Республику Беларусь" and "Республика Беларусь" are one place), names of people exactly
 * (ё as е), occasions when they share at least 70 % of their lemmas (Dice).
 */
import { loadMorphology } from '../../src/server/features/press-release/morphology';
import { matchOrganization, prepareCandidate } from '../../src/server/features/press-release/organization-matching';
import { lemmasOf } from '../../src/server/features/press-release/phrases';
import { readPressRelease, type ReadDraft } from '../../src/server/features/press-release/read-press-release';
import { devRegistry } from './dev-registry';
import { devSet } from './dev-set';
import { heldOutItems } from './held-out-items';
import type { GoldAgreement } from './dev-set-types';

const fields = ['agreements', 'kind', 'parties', 'signatories', 'positions', 'directions', 'occasion', 'place', 'date'] as const;
type Field = (typeof fields)[number];
type Counts = { tp: number; fp: number; fn: number };

const key = (text: string) => lemmasOf(text.replace(/ё/g, 'е')).sort().join(' ');
const person = (text: string) => text.toLowerCase().replace(/ё/g, 'е').trim();
function dice(a: string, b: string) {
  const x = lemmasOf(a);
  const y = lemmasOf(b);
  return (2 * x.filter((l) => y.includes(l)).length) / (x.length + y.length || 1);
}
const sameParty = (a: string, b: string) => dice(a, b) >= 0.75;

/** Set comparison: how many of `found` are in `gold` under `same`. */
function compareSets<T>(found: T[], gold: T[], same: (a: T, b: T) => boolean): Counts {
  const left = [...gold];
  let tp = 0;
  for (const item of found) {
    const at = left.findIndex((g) => same(item, g));
    if (at >= 0) { tp += 1; left.splice(at, 1); }
  }
  return { tp, fp: found.length - tp, fn: gold.length - tp };
}

function compareOne(found: string | null, gold: string | null, same: (a: string, b: string) => boolean): Counts {
  if (found && gold) return same(found, gold) ? { tp: 1, fp: 0, fn: 0 } : { tp: 0, fp: 1, fn: 1 };
  return { tp: 0, fp: found ? 1 : 0, fn: gold ? 1 : 0 };
}

const totals = Object.fromEntries(fields.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;
const add = (field: Field, c: Counts) => { totals[field].tp += c.tp; totals[field].fp += c.fp; totals[field].fn += c.fn; };
const registryMatch = { correct: 0, total: 0, misses: [] as string[] };

function pair(found: ReadDraft[], gold: GoldAgreement[]): [ReadDraft | null, GoldAgreement | null][] {
  const left = [...found];
  const pairs: [ReadDraft | null, GoldAgreement | null][] = [];
  for (const g of gold) {
    let best = -1;
    let bestShared = 0;
    left.forEach((f, index) => {
      const shared = compareSets(f.parties.map((p) => p.name), g.parties.map((p) => p[0]), sameParty).tp;
      if (shared > bestShared) { bestShared = shared; best = index; }
    });
    pairs.push([best >= 0 ? left.splice(best, 1)[0]! : null, g]);
  }
  for (const f of left) pairs.push([f, null]);
  return pairs;
}

const verbose = process.argv.includes('--verbose');
const started = performance.now();
await loadMorphology();
const candidates = devRegistry.map(prepareCandidate);
const items = process.argv.includes('--held-out') ? heldOutItems : devSet;
for (const item of items) {
  const { drafts } = await readPressRelease(item.text, item.publishedOn, (mention) => matchOrganization(mention, candidates));
  for (const [found, gold] of pair(drafts, item.agreements)) {
    add('agreements', { tp: found && gold ? 1 : 0, fp: found && !gold ? 1 : 0, fn: gold && !found ? 1 : 0 });
    const f = found;
    const g = gold;
    add('kind', compareOne(f?.kind.value ?? null, g?.kind ?? null, (a, b) => a === b));
    add('parties', compareSets(f?.parties.map((p) => p.name) ?? [], g?.parties.map((p) => p[0]) ?? [], sameParty));
    add('signatories', compareSets(f?.signatories.map((s) => s.fullName) ?? [], g?.signatories.map((s) => s[0]) ?? [], (a, b) => person(a) === person(b)));
    add('positions', compareSets(
      f?.signatories.filter((s) => s.position).map((s) => `${person(s.fullName)}|${key(s.position!.value)}`) ?? [],
      g?.signatories.filter((s) => s[1]).map((s) => `${person(s[0])}|${key(s[1]!)}`) ?? [], (a, b) => a === b));
    add('directions', compareSets(f?.directions.map((d) => d.name) ?? [], g?.directions ?? [], (a, b) => key(a) === key(b)));
    add('occasion', compareOne(f?.occasion?.value ?? null, g?.occasion ?? null, (a, b) => dice(a, b) >= 0.7));
    add('place', compareOne(f?.place?.value ?? null, g?.place ?? null, (a, b) => key(a) === key(b)));
    add('date', compareOne(f?.signedOn?.value ?? null, g?.date ?? null, (a, b) => a === b));
    if (f && g) {
      for (const [name, id] of g.parties) {
        const at = f.parties.findIndex((p) => sameParty(p.name, name));
        if (at < 0) continue;
        const match = f.partyMatches[at]!;
        const chosen = match.status === 'new' ? null : match.organizationId;
        registryMatch.total += 1;
        if (chosen === id) registryMatch.correct += 1;
        else registryMatch.misses.push(`${item.id}: «${name}» → ${chosen ?? 'new'} (gold ${id ?? 'new'})`);
      }
    }
    if (verbose) console.log(item.id, JSON.stringify({ found: f && { kind: f.kind.value, parties: f.parties.map((p) => p.name), signatories: f.signatories.map((s) => [s.fullName, s.position?.value]), directions: f.directions.map((d) => d.name), occasion: f.occasion?.value, place: f.place?.value, date: f.signedOn?.value }, gold: g }));
  }
}
const seconds = (performance.now() - started) / 1000;

const rows = fields.map((field) => {
  const { tp, fp, fn } = totals[field];
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { field, tp, fp, fn, precision, recall, f1 };
});
const format = (n: number) => n.toFixed(2);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows, registryMatch, items: items.length, seconds }, null, 2));
} else {
  console.log(`${items.length} items, ${seconds.toFixed(1)} s\n`);
  console.log('| field | TP | FP | FN | precision | recall | F1 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.field} | ${r.tp} | ${r.fp} | ${r.fn} | ${format(r.precision)} | ${format(r.recall)} | ${format(r.f1)} |`);
  console.log(`\nregistry match accuracy: ${registryMatch.correct}/${registryMatch.total} = ${format(registryMatch.correct / (registryMatch.total || 1))}`);
  if (verbose) for (const miss of registryMatch.misses) console.log('  ', miss);
}
