/**
 * When, where and on what occasion: "в рамках официального визита …", "на полях форума …",
 * "в Минске", "в г. Якутске", "визит в Республику Беларусь"; a date as written ("12 марта 2025
 * года", "12.03.2025") or relative to the publication ("сегодня", "вчера", "в понедельник").
 */
import type { Found } from './draft-types';
import { hasGrammeme, parsesOf } from './morphology';
import { nominativeOf } from './phrases';
import type { Sentence } from './sentences';

const occasionCue = /(?:в рамках|во время|в ходе|на полях|по итогам|на площадке)\s+(?!(?:соглашени|договор|меморандум|национальн|программ|проект)\p{L}*)/iu;
const occasionEnd = /(?:[.;]|,\s(?!в том числе)|\s[—–]\s|\s(?:Якутия|стороны|был|было|была|состоялось|подписан\p{L}*|заключен\p{L}*|договорил\p{L}*)\s|$)/u;

/** "фестиваля «Арт-Север» в Казани": where an event took place is the place, not part of its name; "визит в Минск" keeps its destination. */
function withoutLocation(phrase: string): string {
  const tail = /\s(?:в|во)\s+(\p{Lu}[\p{L}-]+)$/u.exec(phrase);
  if (!tail) return phrase;
  const parses = parsesOf(tail[1]!);
  const locative = parses.some((p) => hasGrammeme(p, 'loct')) && !parses.some((p) => hasGrammeme(p, 'accs'));
  return locative ? phrase.slice(0, tail.index) : phrase;
}

export function findOccasion(text: string, sentence: Sentence, partyStarts: number[] = []): Found<string> | null {
  const body = text.slice(sentence.start, sentence.end);
  const cue = occasionCue.exec(body);
  if (!cue) return null;
  const from = sentence.start + cue.index + cue[0].length;
  let rest = text.slice(from, sentence.end);
  // Stop before the subject of the sentence when the occasion opens it ("Также во время визита в Минск Якутия договорилась").
  const subject = /\s\p{Lu}[\p{Ll}-]+\s(?:договорил|подписал|заключил|будет|и\s)/u.exec(rest);
  const endAt = Math.min(occasionEnd.exec(rest)?.index ?? rest.length, subject ? subject.index : rest.length);
  const party = partyStarts.filter((at) => at > from).sort((a, b) => a - b)[0];
  rest = withoutLocation(rest.slice(0, Math.min(endAt, party !== undefined ? party - from : endAt)).trim());
  if (rest.split(/\s+/).length < 1 || rest.length < 4) return null;
  return { value: nominativeOf(rest, ['gent', 'loct']), span: [from, from + rest.length], confidence: 0.8, rule: cue[0].trim() };
}

const isPlace = (word: string) => parsesOf(word).some((p) => hasGrammeme(p, 'Geox'));

export function findPlace(text: string, sentence: Sentence): Found<string> | null {
  const body = text.slice(sentence.start, sentence.end);
  for (const match of body.matchAll(/(?:^|\s)(в|во|на)\s+((?:г\.\s*|городе\s+|Республик\p{L}+\s+|республик\p{L}+\s+)?\p{Lu}[\p{L}-]+(?:\s\(\p{Lu}\p{L}+\))?)/gu)) {
    const phrase = match[2]!;
    const words = phrase.replace(/^(г\.\s*|городе\s+)/u, '').split(/\s+/);
    const placeWord = words.find((w) => /^\p{Lu}/u.test(w) && !/^Республик/u.test(w)) ?? words[0]!;
    if (!isPlace(placeWord)) continue;
    const start = sentence.start + match.index + match[0].indexOf(phrase) + (phrase.length - phrase.replace(/^(г\.\s*|городе\s+)/u, '').length);
    const written = text.slice(start, sentence.start + match.index + match[0].length);
    const value = nominativeOf(written, ['loct', 'accs']);
    return { value: value[0]!.toUpperCase() + value.slice(1), span: [start, start + written.length], confidence: 0.75, rule: `${match[1]} + географическое название` };
  }
  return null;
}

const months = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const weekdays = ['воскресенье', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу'];
const iso = (d: Date) => d.toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

export function findDate(text: string, sentence: Sentence, publishedOn: string | null): Found<string> | null {
  const body = text.slice(sentence.start, sentence.end);
  const written = /(\d{1,2})\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:\s+(\d{4})(?:\s*(?:года|г\.))?)?/iu.exec(body);
  if (written) {
    const month = months.findIndex((m) => written[2]!.toLowerCase().startsWith(m === 'ма' ? 'мая' : m)) + 1;
    const year = written[3] ? Number(written[3]) : publishedOn ? Number(publishedOn.slice(0, 4)) : null;
    if (year) {
      const value = `${year}-${pad(month)}-${pad(Number(written[1]))}`;
      const start = sentence.start + written.index;
      return { value, span: [start, start + written[0].length], confidence: written[3] ? 0.95 : 0.75, rule: written[3] ? 'день месяц год' : 'день месяц, год публикации' };
    }
  }
  const numeric = /\b(\d{2})\.(\d{2})\.(\d{4})\b/u.exec(body);
  if (numeric) {
    const start = sentence.start + numeric.index;
    return { value: `${numeric[3]}-${numeric[2]}-${numeric[1]}`, span: [start, start + numeric[0].length], confidence: 0.9, rule: 'ДД.ММ.ГГГГ' };
  }
  if (!publishedOn) return null;
  const base = new Date(`${publishedOn}T00:00:00Z`);
  const relative = /(?<!\p{L})(сегодня|вчера|позавчера|накануне)(?!\p{L})|(?<!\p{L})в\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?!\p{L})/iu.exec(body);
  if (!relative) return null;
  const start = sentence.start + relative.index;
  const span: [number, number] = [start, start + relative[0].length];
  const word = (relative[1] ?? relative[2]!).toLowerCase();
  const back = { сегодня: 0, вчера: 1, накануне: 1, позавчера: 2 }[word as 'сегодня'];
  if (back !== undefined) return { value: iso(new Date(base.getTime() - back * 86_400_000)), span, confidence: 0.7, rule: `«${word}» от даты публикации` };
  const target = weekdays.indexOf(word);
  const diff = (base.getUTCDay() - target + 7) % 7;
  return { value: iso(new Date(base.getTime() - diff * 86_400_000)), span, confidence: 0.6, rule: 'день недели не позже даты публикации' };
}
