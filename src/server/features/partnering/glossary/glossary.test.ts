import { describe, expect, it } from 'vitest';
import { shippedConcepts } from './concepts';
import { loadGlossary } from './glossary';

describe('the trilingual glossary', () => {
  it('ships concepts with terms in all three languages and unique ids', () => {
    const concepts = shippedConcepts();
    expect(concepts.length).toBeGreaterThan(500);
    expect(new Set(concepts.map((c) => c.id)).size).toBe(concepts.length);
    for (const concept of concepts) for (const language of ['ru', 'en', 'zh'] as const) expect(concept[language].length, concept.id).toBeGreaterThan(0);
  });

  it('reads the same concept in Russian word forms, English plurals and Chinese text', async () => {
    const glossary = await loadGlossary();
    const ru = glossary.find('Поставляем биореакторы и оборудование для клеточной терапии');
    const en = glossary.find('We need bioreactors for cell therapy production');
    const zh = glossary.find('我们生产用于细胞治疗的生物反应器');
    for (const found of [ru, en, zh]) {
      expect(found.has('biotech:bioreactor')).toBe(true);
      expect(found.has('biotech:cell_therapy')).toBe(true);
    }
    expect(ru.get('biotech:bioreactor')).toBe('биореакторы');
    expect(zh.get('biotech:bioreactor')).toBe('生物反应器');
  });

  it('reads abbreviations as written, not as the words the dictionary would make of them', async () => {
    const glossary = await loadGlossary();
    expect(glossary.find('Машинный перевод и распознавание речи').has('it:artificial_intelligence')).toBe(false);
    expect(glossary.find('Стартап в области ИИ').has('it:artificial_intelligence')).toBe(true);
  });

  it('does not read a one-character Chinese term inside a longer word', async () => {
    const glossary = await loadGlossary();
    expect(glossary.find('我们寻找资金').has('materials:gold')).toBe(false);
    expect(glossary.find('开采金和铜').has('materials:gold')).toBe(true);
  });
});
