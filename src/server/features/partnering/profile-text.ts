import { chineseWords } from '../../../shared/chinese-words';
import { detectLanguage } from '../../../shared/partnering';
import type { DirectionNode } from './profiles.repo';

type Texts = { title: string; summary: string; description: string; keywords: string[] };

export const fullText = (texts: Texts) => [texts.title, texts.summary, texts.description, texts.keywords.join(', ')].filter(Boolean).join('\n');

export const languageOf = (texts: Texts, given?: 'ru' | 'en' | 'zh') => given ?? detectLanguage(fullText(texts));

/**
 * The text the search vector is built from: as written for Russian and English (PostgreSQL stems
 * it), cut into words for Chinese, which the `simple` configuration can then index.
 */
export function searchTextOf(texts: Texts, language: string): string {
  const text = fullText(texts);
  if (language !== 'zh') return text;
  return `${chineseWords(text)} ${text.replace(/\p{Script=Han}+/gu, ' ')}`.replace(/\s+/g, ' ').trim();
}

/** The directions with all their ancestors: a profile in "cell technologies" is also in "biotechnology". */
export function directionClosure(directionIds: string[], nodes: DirectionNode[]): string[] {
  const parent = new Map(nodes.map((n) => [n.id, n.parentId]));
  const closure = new Set<string>();
  for (const id of directionIds) {
    let current: string | null | undefined = id;
    while (current && !closure.has(current)) {
      closure.add(current);
      current = parent.get(current);
    }
  }
  return [...closure];
}
