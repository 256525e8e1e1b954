import { chineseWords } from '../../../shared/chinese-words';
import { nameMatchingKey } from '../../../shared/name-matching';

type Texts = {
  nameRu?: string | null;
  nameEn?: string | null;
  nameZh?: string | null;
  shortNameRu?: string | null;
  shortNameEn?: string | null;
  shortNameZh?: string | null;
  descriptionZh?: string | null;
};

/**
 * The search columns the app maintains on every write of an organization: the folded Latin key of
 * all its names (for trigram matching across scripts) and the Chinese words (for the `simple`
 * text search; Russian and English are stemmed by PostgreSQL in the generated search vector).
 */
export function searchColumnsOf(texts: Texts): { nameLatin: string; searchTermsZh: string } {
  const names = [texts.nameRu, texts.shortNameRu, texts.nameEn, texts.shortNameEn].filter((n): n is string => Boolean(n));
  return {
    nameLatin: [...new Set(names.map(nameMatchingKey).filter(Boolean))].join(' / '),
    searchTermsZh: [texts.nameZh, texts.shortNameZh, texts.descriptionZh].map(chineseWords).filter(Boolean).join(' '),
  };
}
