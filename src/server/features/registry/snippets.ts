import type { Snippet } from '../../../shared/contracts/search';

/**
 * A window of text around the first word found, with every found word marked. Done in the app so
 * that Russian, English and Chinese are treated alike and no HTML ever comes from the server.
 */
export function makeSnippet(text: string | null | undefined, words: string[], width = 180): Snippet | null {
  if (!text || words.length === 0) return null;
  const lower = text.toLowerCase();
  const positions = words.map((w) => lower.indexOf(w)).filter((p) => p >= 0);
  if (positions.length === 0) return null;
  const first = Math.min(...positions);
  const start = Math.max(0, first - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const prefix = start > 0 ? '…' : '';
  const window = prefix + text.slice(start, end) + (end < text.length ? '…' : '');
  const windowLower = window.toLowerCase();
  const highlights: [number, number][] = [];
  for (const word of words) {
    for (let at = windowLower.indexOf(word); at >= 0; at = windowLower.indexOf(word, at + word.length)) {
      // Extend a stem to the end of its word so that the whole word is marked.
      let stop = at + word.length;
      while (stop < window.length && /[\p{L}\p{N}]/u.test(window[stop]!) && !/\p{Script=Han}/u.test(window[stop]!)) stop++;
      highlights.push([at, stop]);
    }
  }
  highlights.sort((a, b) => a[0] - b[0]);
  const merged = highlights.reduce<[number, number][]>((list, range) => {
    const last = list.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else list.push([...range]);
    return list;
  }, []);
  return { text: window, highlights: merged };
}

/** The snippet of the first text that holds a word (the reader's language first); the rest are not cut. */
export function firstSnippet(texts: (string | null | undefined)[], words: string[]): Snippet | null {
  for (const text of texts) {
    const snippet = makeSnippet(text, words);
    if (snippet) return snippet;
  }
  return null;
}
