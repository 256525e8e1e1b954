/**
 * Parties named in a sentence that reports an agreement: "между A и B", "A будет сотрудничать с
 * B", "A договорилась о сотрудничестве с B", "A и B подписали соглашение", "A заключил … с B".
 * A phrase ends where the circumstances begin ("в рамках", "о сотрудничестве", a dash, a comma).
 */
import type { PartyMention } from './draft-types';
import { lemmaOf, parsesOf } from './morphology';
import { lemmasOf, looksLikeNameWord, nominativeOf, tokenize, type Case } from './phrases';
import type { Sentence, Span } from './sentences';

/** Head nouns that begin an organization's name even in lower case. */
export const organizationHeads = new Set(['администрация', 'правительство', 'министерство', 'центр', 'фонд', 'университет', 'институт', 'компания', 'парк', 'технопарк', 'кластер', 'корпорация', 'агентство', 'ассоциация', 'академия', 'колледж', 'лаборатория', 'банк', 'завод', 'комбинат', 'предприятие', 'учреждение', 'организация', 'мэрия', 'управление', 'департамент', 'комитет', 'палата', 'союз', 'инкубатор', 'акселератор', 'школа', 'музей', 'театр', 'студия', 'объединение', 'холдинг', 'консорциум', 'общество', 'госкорпорация', 'министр', 'руководство', 'дирекция', 'ит-парк', 'бизнес-инкубатор', 'агрохолдинг', 'киностудия', 'хаб', 'консорциум', 'наукоград', 'город', 'округ', 'район']);
const territories = new Set(['якутия', 'беларусь', 'республика', 'область', 'край', 'китай', 'россия', 'бурятия', 'татарстан', 'башкортостан', 'москва', 'регион', 'провинция', 'хэйлунцзян', 'монголия', 'казахстан', 'узбекистан', 'армения', 'приморье', 'забайкалье', 'чукотка', 'магадан', 'камчатка']);

const boundary = /\s(?:в рамках|во время|в ходе|на полях|о сотрудничестве|о взаимодействии|о создании|о совместн|о партн[её]рстве|о намерениях|об? |по вопрос|в сфер|в област|с целью|для |на период|сроком|на срок|в присутствии|при участии|подписа|заключ|будут|будет|намерены|договорил|стали|станут|которое|который|которая)|\s[—–]\s|[,;:.](?:\s|$)|\((?!\p{Lu}{2,}\))|$/u;
const prepositions = new Set(['в', 'во', 'на', 'с', 'со', 'по', 'из', 'от', 'до', 'к', 'ко', 'за', 'под', 'при', 'о', 'об', 'для', 'между', 'у', 'через']);

/** The phrase from `from` up to the first boundary. */
function phraseFrom(text: string, from: number): [number, number] {
  const rest = text.slice(from);
  const match = boundary.exec(rest);
  let end = from + (match ? match.index : rest.length);
  // A quote opened inside the phrase is closed inside it.
  const opened = (text.slice(from, end).match(/[«„]/g) ?? []).length - (text.slice(from, end).match(/»/g) ?? []).length;
  if (opened > 0) {
    const close = text.indexOf('»', end);
    if (close > 0) end = close + 1;
  }
  const straight = (text.slice(from, end).match(/"/g) ?? []).length;
  if (straight % 2 === 1 && text[end] === '"') end += 1;
  return [from, end];
}

/** Ordinals and kinds of document that open a sentence before its subject ("Второе соглашение технопарк подписал …"). */
const notSubject = /^(?:перв|втор|трет|четв[её]рт|пят|ещ[её]|одн|соответствующ|данн|указанн|подписанн|эт[оиа]|соглашени|меморандум|договор|документ|дорожн|карт|протокол|сегодня|вчера|также|кроме|накануне|позднее|затем)/iu;

function isNameStart(word: string, following: string[] = []): boolean {
  if (/^\d/u.test(word) || prepositions.has(word.toLowerCase())) return false;
  if (/^\p{Lu}[\p{Lu}\d]+/u.test(word)) return true;
  if (/^\p{Ll}/u.test(word) && parsesOf(word).some((p) => /nomn|ablt/u.test(p.tag.toString())) && following.slice(0, 3).some((w) => organizationHeads.has(lemmaOf(w)))) return true;
  const lemma = lemmaOf(word);
  if (organizationHeads.has(lemma) || territories.has(lemma)) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  return parsesOf(word).some((p) => ['NOUN', 'ADJF'].includes(p.tag.POS ?? ''));
}

/** Splits "A и B", "A, B и C" where the next part starts a new name, not inside quotes or brackets. */
function splitList(text: string, start: number, end: number): Span[] {
  const tokens = tokenize(text.slice(start, end), start);
  const parts: Span[] = [];
  let partStart = start;
  let depth = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.text === '(') depth += 1;
    if (token.text === ')') depth = Math.max(0, depth - 1);
    if (depth || token.quoted) continue;
    const separator = token.text === ',' || token.text.toLowerCase() === 'и' || (token.text === 'а' && tokens[i + 1]?.text === 'также');
    if (!separator) continue;
    const skip = token.text === 'а' ? 2 : 1;
    const next = tokens[i + skip];
    const nextIsConjunction = next?.text.toLowerCase() === 'и';
    const following = tokens.slice(i + skip + 1).filter((t) => t.word).map((t) => t.text);
    const startsName = next && (nextIsConjunction || ['«', '"', '„'].includes(next.text) || isNameStart(next.text, following));
    if (!startsName) continue;
    parts.push([partStart, token.start]);
    partStart = (nextIsConjunction ? tokens[i + skip + 1] : next)?.start ?? end;
    i += nextIsConjunction ? skip : skip - 1;
  }
  parts.push([partStart, end]);
  return parts.map(([a, b]) => trimSpan(text, a, b)).filter(([a, b]) => b > a);
}

function trimSpan(text: string, a: number, b: number): Span {
  while (a < b && /[\s,—–-]/u.test(text[a]!)) a += 1;
  while (b > a && /[\s,—–-]/u.test(text[b - 1]!)) b -= 1;
  return [a, b];
}

const positions = new Set(['ректор', 'директор', 'глава', 'председатель', 'министр', 'генеральный', 'руководитель', 'заместитель', 'президент', 'губернатор', 'мэр', 'управляющий', 'исполнительный']);

/** Straight quotes become «»; a quote left open at the end of a name is closed. */
export function withGuillemets(name: string): string {
  let depth = 0;
  const out = name.replace(/"/g, (_q, at: number) => {
    const opens = at === 0 || /[\s(«-]/u.test(name[at - 1]!);
    depth += opens ? 1 : -1;
    return opens ? '«' : '»';
  }).replace(/»"/g, '»»');
  return depth > 0 ? out + '»'.repeat(depth) : out;
}

function mention(text: string, [a, b]: Span, cases: readonly Case[], rule: string, confidence: number): PartyMention | null {
  // "ректор Северо-Арктического университета": the position is the signatory's, the rest the party.
  for (const token of tokenize(text.slice(a, b), a)) {
    if (!token.word || !positions.has(lemmaOf(token.text))) break;
    a = token.end;
  }
  [a, b] = trimSpan(text, a, b);
  if (b <= a) return null;
  const asWritten = text.slice(a, b);
  if (!/\p{L}/u.test(asWritten)) return null;
  let name = nominativeOf(asWritten, cases);
  name = withGuillemets(name[0]!.toUpperCase() + name.slice(1));
  const words = tokenize(asWritten).filter((t) => t.word);
  const territory = words.length <= 3 && words.every((w) => territories.has(lemmaOf(w.text)) || /^\p{Lu}/u.test(w.text)) && words.some((w) => parsesOf(w.text).some((p) => p.tag.toString().includes('Geox')));
  return { asWritten, name, span: [a, b], confidence, rule, territory };
}

/** The longest run before `verbAt` that can be a subject: it starts with a name word not governed by a preposition. */
function subjectBefore(text: string, sentenceStart: number, verbAt: number): Span | null {
  const tokens = tokenize(text.slice(sentenceStart, verbAt), sentenceStart);
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (!token.word || token.quoted) continue;
    const previous = tokens[i - 1];
    if (notSubject.test(token.text) || prepositions.has(token.text.toLowerCase()) || /^\d/u.test(token.text)) continue;
    if (previous && prepositions.has(previous.text.toLowerCase())) continue;
    if (previous && previous.word && !/^\p{Lu}/u.test(token.text) && !organizationHeads.has(lemmaOf(token.text))) continue;
    const nominative = /^\p{Lu}[\p{Lu}\d]+/u.test(token.text) || parsesOf(token.text).some((p) => p.tag.toString().includes('nomn') && ['NOUN', 'ADJF'].includes(p.tag.POS ?? ''));
    const following = tokens.slice(i + 1).filter((t) => t.word).map((t) => t.text);
    if (!nominative || !isNameStart(token.text, following)) continue;
    if (tokens.slice(i).some((t) => !t.quoted && ['—', '–', ':'].includes(t.text))) continue;
    return trimSpan(text, token.start, verbAt);
  }
  return null;
}

/** A subject that is the document itself ("Соответствующее соглашение заключено") names no party. */
const documentWords = new Set(['соглашение', 'меморандум', 'договор', 'документ', 'карта', 'протокол']);

const verbs = /\s(?:будет|будут|намерен\p{L}*)?\s?(?:сотрудничать|подписал\p{L}*|заключил\p{L}*|подписан\p{L}*|заключен\p{L}*|договорил\p{L}*|парафировал\p{L}*|скрепил\p{L}*|оформил\p{L}*)(?!\p{L})/u;

/** Two name words in a row are a person ("Олег Веденеев, ректор …"), whose organization the signatories give. */
const namesPerson = (mention: PartyMention) => {
  const words = tokenize(mention.asWritten).filter((t) => t.word && !t.quoted);
  return words.some((w, i) => looksLikeNameWord(w.text) && words[i + 1] !== undefined && looksLikeNameWord(words[i + 1]!.text));
};

export function findParties(text: string, sentence: Sentence): PartyMention[] {
  return findPartyMentions(text, sentence).filter((m) => !namesPerson(m));
}

function findPartyMentions(text: string, sentence: Sentence): PartyMention[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: PartyMention[] = [];
  const between = /(?<!\p{L})между\s/iu.exec(body);
  if (between) {
    const [a, b] = phraseFrom(text, sentence.start + between.index + between[0].length);
    for (const span of splitList(text, a, b)) { const m = mention(text, span, ['ablt'], 'между A и B', 0.9); if (m) found.push(m); }
    if (found.length >= 2) return found;
    found.length = 0;
  }
  const verb = verbs.exec(body);
  if (!verb) return found;
  const verbAt = sentence.start + verb.index;
  const subject = subjectBefore(text, sentence.start, verbAt);
  if (subject) {
    const kindWords = /^(соглашени|меморандум|договор|документ|дорожн|протокол|план)/iu;
    for (const span of splitList(text, subject[0], subject[1])) {
      const m = mention(text, span, ['nomn'], 'A [и B] подписали / сотрудничать', 0.85);
      if (m && !kindWords.test(m.asWritten) && !lemmasOf(m.asWritten).some((l) => documentWords.has(l))) found.push(m);
    }
  }
  const afterVerb = body.slice(verb.index + verb[0].length);
  const objectFirst = /^\s+(?:(?:соглашение|меморандум|договор|документ)\s+(?:о\s+сотрудничестве\s+)?)?(?=\S)/u.exec(afterVerb);
  if (!found.length && objectFirst && /подписал|заключил|подписан|заключен/u.test(verb[0])) {
    // "Соглашение подписали СВФУ и Технопарк «Якутия»": the parties follow the verb.
    const from = verbAt + verb[0].length + objectFirst[0].length;
    const firstWord = tokenize(text.slice(from, sentence.end)).find((t) => t.word);
    if (firstWord && isNameStart(firstWord.text) && !looksLikeNameWord(firstWord.text)) {
      const [a, b] = phraseFrom(text, from);
      for (const span of splitList(text, a, b)) { const m = mention(text, span, ['nomn'], 'подписали A и B', 0.8); if (m) found.push(m); }
      return found;
    }
  }
  const withWhom = /(?:^|\s)(?:с|со)\s+(?=[\p{Lu}«"„]|[\p{Ll}-]+\s)/u.exec(afterVerb);
  if (withWhom) {
    const from = verbAt + verb[0].length + withWhom.index + withWhom[0].length;
    const [a, b] = phraseFrom(text, from);
    for (const span of splitList(text, a, b)) {
      const m = mention(text, span, ['ablt'], 'A … с B', 0.85);
      const words = m ? tokenize(m.asWritten).filter((t) => t.word).map((t) => t.text) : [];
      if (m && isNameStart(words[0] ?? '', words.slice(1))) found.push(m);
    }
  }
  return found;
}
