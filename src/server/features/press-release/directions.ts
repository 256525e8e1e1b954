/**
 * Directions of cooperation: the list after a cue ("направлениями сотрудничества станут …",
 * "в сфере …", "в областях …", "стороны договорились о …") cut into items at commas, "а также"
 * and — when the item is not itself one direction of the taxonomy — at "и"; each item put in the
 * nominative and mapped to the taxonomy direction whose Russian label shares the most lemmas.
 */
import { directionTaxonomy } from '../../db/reference/directions';
import type { DirectionMention } from './draft-types';
import { lemmasOf, nominativeOf, type Case } from './phrases';
import type { Sentence, Span } from './sentences';

type Cue = { pattern: RegExp; cases: Case[]; confidence: number };

const cues: Cue[] = [
  { pattern: /направлени\p{L}*(?:\s+(?:сотрудничества|взаимодействия|работы|совместной работы|партн[её]рства))?\s*(?:станут|стали|будут|являются|определены|названы|выбраны|[—–:])\s*/iu, cases: ['nomn'], confidence: 0.9 },
  { pattern: /(?:по|в)\s+(?:таких\s+)?(?:направлени\p{L}*|сфер\p{L}*|област\p{L}*|отрасл\p{L}*)(?:\s+как)?\s*:?\s*/iu, cases: ['gent', 'nomn'], confidence: 0.8 },
  { pattern: /(?:сосредоточ\p{L}*|сфокусир\p{L}*|сконцентрир\p{L}*)\s+на\s+/iu, cases: ['loct'], confidence: 0.75 },
  { pattern: /(?:охватит|охватывает|охватят|включает|включит)\s+/iu, cases: ['accs', 'nomn'], confidence: 0.7 },
  { pattern: /развивать\s+(?=\p{Ll})/iu, cases: ['accs', 'gent'], confidence: 0.6 },
  { pattern: /(?:развития|развитию|развитие|развитии)\s+(?=\p{Ll})/iu, cases: ['gent'], confidence: 0.6 },
];

/** Sentences where such cues speak about the agreement, not about the region in general. */
export const directionContext = /направлени|сторон|сотруднич|взаимодейств|намерен|договорил|соглашени|меморандум|документ|предусматрива|планиру|партн[её]р|работ|охват|займ|лаборатор|консорциум/iu;

const itemEnd = /(?:[.;!?]|\s[—–]\s|,\s(?:что|который|которая|которые|а также для|в том числе|с целью|чтобы)|\sс целью|\sв интересах\s|\sна территории\s|$)/u;

let labelLemmas: { code: string; lemmas: string[] }[] | null = null;
const labels = () => (labelLemmas ??= directionTaxonomy.map((d) => ({ code: d.code, lemmas: [...new Set(lemmasOf(d.label.ru))] })));
const synonyms: Record<string, string> = { 'информационный технология': 'high_tech', 'ит': 'high_tech', 'it': 'high_tech', 'цифровой технология': 'high_tech', 'креативный экономика': 'creative_industries' };

/** The taxonomy direction an item names, with the share of lemmas they have in common (Dice). */
export function mapToTaxonomy(item: string): { code: string; score: number } | null {
  const lemmas = [...new Set(lemmasOf(item))];
  if (!lemmas.length) return null;
  const synonym = synonyms[lemmas.join(' ')];
  if (synonym) return { code: synonym, score: 0.9 };
  let best: { code: string; score: number } | null = null;
  for (const label of labels()) {
    const shared = lemmas.filter((l) => label.lemmas.includes(l)).length;
    const score = (2 * shared) / (lemmas.length + label.lemmas.length);
    if (score > (best?.score ?? 0)) best = { code: label.code, score };
  }
  return best && best.score >= 0.5 ? best : null;
}

function splitItems(text: string, a: number, b: number): Span[] {
  const spans: Span[] = [];
  const chunk = text.slice(a, b);
  const re = /,\s*а\s+также\s+|\s+а\s+также\s+|,\s*(?:и\s+)?|;\s*/gu;
  let last = 0;
  for (const m of chunk.matchAll(re)) { spans.push([a + last, a + m.index]); last = m.index + m[0].length; }
  spans.push([a + last, b]);
  return spans.flatMap(([s, e]) => {
    const item = text.slice(s, e);
    const whole = mapToTaxonomy(item);
    const parts = item.split(/\s+и\s+/u);
    // "новые компоненты и материалы" stays whole: it is one direction of the taxonomy as written.
    if (parts.length === 1 || (whole && whole.score >= 0.9)) return [[s, e] as Span];
    const out: Span[] = [];
    let from = s;
    for (const part of parts) { const at = text.indexOf(part, from); out.push([at, at + part.length]); from = at + part.length; }
    return out;
  }).map(([s, e]): Span => {
    while (s < e && /[\s«"]/u.test(text[s]!)) s += 1;
    while (e > s && /[\s»".,]/u.test(text[e - 1]!)) e -= 1;
    return [s, e];
  }).filter(([s, e]) => e - s > 2);
}

export function findDirections(text: string, sentence: Sentence, isAgreementSentence: boolean): DirectionMention[] {
  const body = text.slice(sentence.start, sentence.end);
  if (!isAgreementSentence && !directionContext.test(body)) return [];
  for (const cue of cues) {
    const match = cue.pattern.exec(body);
    if (!match) continue;
    const from = sentence.start + match.index + match[0].length;
    const rest = text.slice(from, sentence.end);
    const end = from + (itemEnd.exec(rest)?.index ?? rest.length);
    const found = splitItems(text, from, end).map(([s, e]): DirectionMention => {
      const asWritten = text.slice(s, e);
      const name = nominativeOf(asWritten, cue.cases).toLowerCase();
      const mapped = mapToTaxonomy(name);
      return { asWritten, name, span: [s, e], confidence: cue.confidence * (mapped ? 1 : 0.8), directionCode: mapped?.code ?? null };
    });
    const kept = found.filter((d) => d.directionCode || lemmasOf(d.name).length <= 4);
    if (kept.length) return kept;
  }
  return [];
}
