import { sql, type SQL } from 'drizzle-orm';
import { inline, type Bind } from '../../db/bind';
import { chineseWords } from '../../../shared/chinese-words';
import { nameMatchingKey } from '../../../shared/name-matching';

/**
 * One query, read three ways: stemmed Russian and English, Chinese words cut by the app, and the
 * folded Latin key for names with typos or in another script. `nameWords` are the key's words a
 * name must each hold (ADR 046): empty unless the key has two or more words of three letters.
 */
export type SearchTerms = { raw: string; nameKey: string; nameWords: string[]; chinese: string[] };

/** Enough words to pin a name; more add statement cost and no precision. */
const nameWordLimit = 6;

/** The words of a name key worth matching one by one: "ni", "i", "co" would match any name. */
export function nameWordsOf(nameKey: string): string[] {
  const words = [...new Set(nameKey.split(' ').filter((word) => word.length >= 3))].slice(0, nameWordLimit);
  return words.length >= 2 ? words : [];
}

export function searchTermsOf(q: string): SearchTerms {
  const chinese = chineseWords(q).split(' ').filter(Boolean);
  const nameKey = nameMatchingKey(q);
  return { raw: q, nameKey, nameWords: nameWordsOf(nameKey), chinese };
}

/** The text search query: stemmed Russian or English, or the Chinese words all present. */
export function textQuery(terms: SearchTerms, bind: Bind = inline): SQL {
  const q = bind('q', terms.raw);
  const parts: SQL[] = [sql`websearch_to_tsquery('russian', ${q})`, sql`websearch_to_tsquery('english', ${q})`];
  if (terms.chinese.length) parts.push(sql`to_tsquery('simple', ${bind('chineseWords', terms.chinese.join(' & '))})`);
  return sql.join(parts, sql` || `);
}

/** Words of the query as they may appear in a text, for highlighting: stems for alphabetic words. */
export function highlightWords(terms: SearchTerms): string[] {
  const alphabetic = terms.raw
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && !/\p{Script=Han}/u.test(word))
    .map((word) => word.toLowerCase().slice(0, Math.max(4, Math.ceil(word.length * 0.7))));
  return [...alphabetic, ...terms.chinese];
}
