/**
 * The press text as the parser reads it: HTML reduced to its visible text (scripts, styles and
 * comments dropped, entities decoded — nothing of it is ever rendered), line ends and spaces
 * made regular. Spans of the draft point into this text, which is sent back with the draft.
 */
export const maxPressTextBytes = 100 * 1024;

const namedEntities: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”',
  bdquo: '„', mdash: '—', ndash: '–', hellip: '…', shy: '', thinsp: ' ', ensp: ' ', emsp: ' ',
};

export const looksLikeHtml = (text: string) => /<\/?(p|div|br|span|a|b|i|strong|em|h[1-6]|li|ul|ol|body|html|article|section|script|style|table|td|tr)\b[^>]*>/i.test(text);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

export function stripHtml(html: string): string {
  return decodeEntities(html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|iframe|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/section|\/article)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' '));
}

/** The text the parser works on. */
export function normalizePressText(input: string): { text: string; wasHtml: boolean } {
  const wasHtml = looksLikeHtml(input);
  const text = (wasHtml ? stripHtml(input) : input)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, ' ')
    .replace(/\u00ad/g, '')
    .replace(/ +/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, wasHtml };
}
