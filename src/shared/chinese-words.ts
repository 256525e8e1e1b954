/**
 * Chinese has no spaces: PostgreSQL's `simple` text search needs the words cut out first.
 * Intl.Segmenter carries ICU's dictionary for Chinese in Node and in browsers.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const han = /\p{Script=Han}/u;

/** The Chinese words of a text, in order, separated by spaces (other scripts are left out). */
export function chineseWords(text: string | null | undefined): string {
  if (!text || !han.test(text)) return '';
  const words: string[] = [];
  for (const segment of segmenter.segment(text)) {
    if (segment.isWordLike && han.test(segment.segment)) words.push(segment.segment);
  }
  return words.join(' ');
}
