/**
 * Signatories in a sentence about the signing: "Документ подписали директор Центра … Евгений
 * Колганов и глава администрации … Александр Ярошенко", "Иван Петров, ректор СВФУ, и …",
 * "Подписи поставили …", "со стороны X — директор Y". Each person is a run of name words (or
 * initials with a surname); the words before it, up to the previous person, are the position
 * (lower-case words) and the organization (from the first name-like word on).
 */
import type { SignatoryMention } from './draft-types';
import { hasGrammeme, lemmaOf, parsesOf } from './morphology';
import { looksLikeNameWord, nominativeOf, personNameOf, tokenize, type Case, type Token } from './phrases';
import type { Sentence } from './sentences';

export const signingCue = /подписал\p{L}*|подписан\p{L}*|подпис\p{L}*(?:\s+под\s+\p{L}+)?\s+постав\p{L}*|поставил\p{L}* подпис\p{L}*|со стороны/iu;

type NameRun = { tokens: Token[] };

function nameRuns(tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let current: Token[] = [];
  const flush = () => {
    const full = current.filter((t) => !/^\p{Lu}\.$/u.test(t.text));
    if (full.length >= 2 || (full.length === 1 && current.length >= 2)) runs.push({ tokens: current });
    current = [];
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const initial = /^\p{Lu}$/u.test(token.text) && tokens[i + 1]?.text === '.';
    if (!token.quoted && initial) {
      current.push({ ...token, text: `${token.text}.`, end: token.end + 1 });
      i += 1;
      continue;
    }
    if (!token.quoted && token.word && looksLikeNameWord(token.text)) { current.push(token); continue; }
    flush();
  }
  flush();
  return runs;
}

const caseOfPosition = (words: string): Case[] => {
  const first = tokenize(words).find((t) => t.word);
  if (!first) return [];
  const parses = parsesOf(first.text);
  return (['nomn', 'gent', 'ablt', 'datv'] as const).filter((c) => parses.some((p) => hasGrammeme(p, c) && hasGrammeme(p, 'sing')));
};

/** Titles written with a capital by custom ("Председатель Правительства"). */
const positionWords = new Set(['председатель', 'глава', 'министр', 'губернатор', 'мэр', 'ректор', 'директор', 'президент', 'генеральный', 'заместитель', 'руководитель', 'первый']);

/** Splits "должность Организация" into its lower-case beginning and the rest. */
function splitTitle(text: string, a: number, b: number) {
  const tokens = tokenize(text.slice(a, b), a).filter((t) => t.text !== ',' && t.text.toLowerCase() !== 'и');
  const words = tokens.filter((t) => t.word || t.text === '«' || t.text === '"');
  let positionEnd = -1;
  for (const [index, token] of words.entries()) {
    const titleWord = index === 0 && positionWords.has(lemmaOf(token.text));
    if (!token.word || token.quoted || (/^\p{Lu}/u.test(token.text) && !titleWord)) break;
    positionEnd = token.end;
  }
  const first = words[0];
  if (!first) return { position: null, organization: null };
  const position = positionEnd > 0 ? { start: first.start, end: positionEnd } : null;
  const orgStart = words.find((t) => t.start >= (positionEnd > 0 ? positionEnd : first.start));
  const last = tokens.at(-1)!;
  const organization = orgStart && orgStart.start < last.end ? { start: orgStart.start, end: last.end } : null;
  return { position, organization };
}

/** Words that, after a position, refer to the party by its kind ("директор киностудии"). */
const partyReferences = new Set(['компания', 'киностудия', 'банк', 'институт', 'парк', 'хаб', 'школа', 'центр', 'университет', 'кластер', 'фонд', 'студия', 'агрохолдинг', 'холдинг', 'технопарк', 'инкубатор', 'администрация', 'министерство', 'правительство', 'ит-парк', 'организация', 'учреждение', 'предприятие', 'завод', 'корпорация', 'агентство']);

/** Where the title of the person starting at `nameStart` begins: after the cue, the previous person, a dash, a comma or "и". */
function titleStart(text: string, from: number, nameStart: number): number {
  const between = text.slice(from, nameStart);
  let at = 0;
  for (const m of between.matchAll(/подписал\p{L}*|поставил\p{L}*|[—–,:]|\sи\s/gu)) at = m.index + m[0].length;
  return from + at;
}

export function findSignatories(text: string, sentence: Sentence): SignatoryMention[] {
  const body = text.slice(sentence.start, sentence.end);
  const cue = signingCue.exec(body);
  if (!cue) return [];
  const tokens = tokenize(body, sentence.start);
  const runs = nameRuns(tokens);
  const found: SignatoryMention[] = [];
  let previousEnd = sentence.start;
  for (const run of runs) {
    const first = run.tokens[0]!;
    const last = run.tokens.at(-1)!;
    let title = splitTitle(text, titleStart(text, previousEnd, first.start), first.start);
    let titleAfter = false;
    if (!title.position && !title.organization) {
      // "Иван Петров, ректор СВФУ, и …": the title follows the name between commas.
      const after = text.slice(last.end, sentence.end).match(/^\s*,\s*([^,]+?)(?:,|\s+и\s|\s+подписал|$)/u);
      if (after) {
        const a = last.end + after[0].indexOf(after[1]!);
        title = splitTitle(text, a, a + after[1]!.length);
        titleAfter = true;
      }
    }
    // "Со стороны ИТ-парка документ подписал директор …": the party is named before the verb.
    const side = /со стороны\s+(.+?)\s+(?:документ\s+|соглашение\s+|меморандум\s+)?(?:подписал\p{L}*|—)/iu.exec(text.slice(previousEnd, first.start));
    let positionText = title.position ? text.slice(title.position.start, title.position.end) : null;
    let positionSpan = title.position;
    let organization = title.organization ? { asWritten: text.slice(title.organization.start, title.organization.end), start: title.organization.start, end: title.organization.end } : null;
    if (positionText && positionSpan && !organization) {
      // A trailing word naming the party by its kind is the party, not the position.
      const words = tokenize(positionText, positionSpan.start).filter((t) => t.word);
      const tail = words.at(-1);
      if (words.length > 1 && tail && partyReferences.has(lemmaOf(tail.text))) {
        organization = { asWritten: tail.text, start: tail.start, end: tail.end };
        positionSpan = { start: positionSpan.start, end: words.at(-2)!.end };
        positionText = text.slice(positionSpan.start, positionSpan.end);
      }
    }
    if (!organization && side) {
      const at = previousEnd + side.index + side[0].indexOf(side[1]!);
      organization = { asWritten: side[1]!, start: at, end: at + side[1]!.length };
    }
    const person = personNameOf(run.tokens.map((t) => t.text), positionText ? caseOfPosition(positionText) : ['nomn']);
    const casesOfTitle: Case[] = positionText || side ? ['gent'] : ['nomn'];
    found.push({
      asWritten: text.slice(first.start, last.end),
      fullName: person.name,
      span: [first.start, last.end],
      confidence: person.confidence,
      position: positionText && positionSpan ? { value: nominativeOf(positionText, caseOfPosition(positionText)), span: [positionSpan.start, positionSpan.end], confidence: 0.85, rule: titleAfter ? 'Имя, должность организации' : 'должность организации Имя' } : null,
      organization: organization ? { asWritten: organization.asWritten, name: capitalize(nominativeOf(organization.asWritten, casesOfTitle)), span: [organization.start, organization.end] } : null,
      partyIndex: null,
    });
    previousEnd = titleAfter ? (text.indexOf(',', last.end + 1) + 1 || last.end) : last.end;
  }
  return found;
}

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
