/** Sentences with their offsets: a period ends one unless it closes an initial or a known abbreviation. */
export type Span = [number, number];
export type Sentence = { text: string; start: number; end: number; index: number };

const abbreviations = new Set(['г', 'гг', 'им', 'ул', 'т', 'д', 'п', 'с', 'проф', 'акад', 'доц', 'руб', 'млрд', 'млн', 'тыс', 'ст', 'н', 'э', 'пр', 'просп', 'обл', 'респ', 'р', 'к', 'т.д', 'т.п', 'ген', 'зам', 'мин', 'гос', 'вкл', 'напр', 'др', 'mr', 'mrs', 'dr', 'st', 'inc', 'ltd', 'co', 'jr', 'no']);

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length, index: sentences.length });
    start = end;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '\n') { push(i + 1); continue; }
    if (!'.!?…'.includes(char)) continue;
    let end = i + 1;
    while (end < text.length && '.!?…»"”)'.includes(text[end]!)) end += 1;
    const next = text.slice(end).match(/^\s+(\S)/u);
    if (end < text.length && !next) continue;
    if (next && !/[\p{Lu}\d«"“„(—–-]/u.test(next[1]!)) continue;
    if (char === '.') {
      const word = text.slice(0, i).match(/([\p{L}.]+)$/u)?.[1] ?? '';
      if (/^\p{Lu}$/u.test(word) || abbreviations.has(word.toLowerCase())) continue;
    }
    push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences;
}
