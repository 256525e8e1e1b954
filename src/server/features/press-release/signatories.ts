/**
 * Signatories in a sentence about the signing: "Документ подписали директор Центра … Евгений
 * Колганов и глава администрации … Александр Ярошенко", "Иван Петров, ректор СВФУ, и …",
 * "Подписи поставили …", "со стороны X — директор Y". Each person is a run of name words (or
 * initials with a surname); the words before it, up to the previous person, are the position
 * (lower-case words) and the organization (from the first name-like word on).
 */
import type { SignatoryMention } from './draft-types';
import { hasGrammeme, parsesOf } from './morphology';
import { looksLikeNameWord, nominativeOf, personNameOf, tokenize, type Case, type Token } from './phrases';
import type { Sentence } from './sentences';

export const signingCue = /подписал\p{L}*|подписан\p{L}*|подпис\p{L}* постав\p{L}*|поставил\p{L}* подпис\p{L}*|со стороны/iu;

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

/** Splits "должность Организация" into its lower-case beginning and the rest. */
function splitTitle(text: string, a: number, b: number) {
  const tokens = tokenize(text.slice(a, b), a).filter((t) => t.text !== ',' && t.text.toLowerCase() !== 'и');
  const words = tokens.filter((t) => t.word || t.text === '«' || t.text === '"');
  let positionEnd = -1;
  for (const token of words) {
    if (!token.word || token.quoted || /^\p{Lu}/u.test(token.text)) break;
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

export function findSignatories(text: string, sentence: Sentence): SignatoryMention[] {
  const body = text.slice(sentence.start, sentence.end);
  const cue = signingCue.exec(body);
  if (!cue) return [];
  const tokens = tokenize(body, sentence.start);
  const runs = nameRuns(tokens);
  const found: SignatoryMention[] = [];
  let segmentStart = sentence.start + cue.index + cue[0].length;
  for (const run of runs) {
    const first = run.tokens[0]!;
    const last = run.tokens.at(-1)!;
    if (last.end <= sentence.start + cue.index && !/^\s*(и|,)?\s*\p{Ll}/u.test(body)) {
      // A name before the cue ("Иван Петров и … подписали") is read from the start of the sentence.
      segmentStart = sentence.start;
    }
    let title = splitTitle(text, Math.min(segmentStart, first.start), first.start);
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
    const positionText = title.position ? text.slice(title.position.start, title.position.end) : null;
    const person = personNameOf(run.tokens.map((t) => t.text), positionText ? caseOfPosition(positionText) : ['nomn']);
    const organizationText = title.organization ? text.slice(title.organization.start, title.organization.end) : null;
    const casesOfTitle: Case[] = positionText ? ['gent'] : ['nomn'];
    found.push({
      asWritten: text.slice(first.start, last.end),
      fullName: person.name,
      span: [first.start, last.end],
      confidence: person.confidence,
      position: positionText && title.position ? { value: nominativeOf(positionText, caseOfPosition(positionText)), span: [title.position.start, title.position.end], confidence: 0.85, rule: titleAfter ? 'Имя, должность организации' : 'должность организации Имя' } : null,
      organization: organizationText && title.organization ? { asWritten: organizationText, name: capitalize(nominativeOf(organizationText, casesOfTitle)), span: [title.organization.start, title.organization.end] } : null,
      partyIndex: null,
    });
    segmentStart = titleAfter ? (text.indexOf(',', last.end + 1) + 1 || last.end) : last.end;
  }
  return found;
}

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
