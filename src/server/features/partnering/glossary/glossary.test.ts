import { describe, expect, it } from 'vitest';
import { curatedConcepts } from './curated';
import { shippedConcepts } from './concepts';
import { loadGlossary } from './glossary';

const normalTerm = (term: string) => term.toLowerCase().replace(/ё/g, 'е');

describe('the trilingual glossary', () => {
  it('ships at least 2,000 concepts, each with terms in all three languages, under unique ids and names', () => {
    const concepts = shippedConcepts();
    expect(concepts.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(concepts.map((c) => c.id)).size).toBe(concepts.length);
    expect(new Set(concepts.map((c) => normalTerm(c.en[0]!))).size).toBe(concepts.length);
    for (const concept of concepts) for (const language of ['ru', 'en', 'zh'] as const) expect(concept[language].length, concept.id).toBeGreaterThan(0);
  });

  it('gives no term to two curated concepts, so a word never names two things', () => {
    // Direction concepts are the taxonomy read as text ("Genomics and bioinformatics" and each of its
    // parts): a curated concept may share a part with a direction, deliberately. Curated concepts never
    // share a term with each other.
    const owners = new Map<string, Set<string>>();
    for (const concept of curatedConcepts()) {
      for (const term of [...concept.ru, ...concept.en, ...concept.zh]) owners.set(normalTerm(term), (owners.get(normalTerm(term)) ?? new Set()).add(concept.id));
    }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([term, ids]) => `${term}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
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

  it.each([
    ['mining:hydrometallurgy', 'Внедряем гидрометаллургию на руднике', 'Hydrometallurgy for a gold mine', '湿法冶金工艺改造'],
    ['creative:motion_capture', 'Студия захвата движения для анимации', 'A motion capture studio', '动作捕捉棚出租'],
    ['arctic:thermal_stabilization_of_soils', 'Термостабилизаторы грунтов для опор', 'Thermosyphons for pile foundations', '用热棒稳定冻土路基'],
    ['telecom:penetration_testing', 'Проводим тестирование на проникновение', 'Penetration testing of web services', '提供渗透测试服务'],
    ['agrifood:drip_irrigation', 'Системы капельного орошения', 'Drip irrigation kits', '滴灌设备'],
    ['business:non_disclosure_agreement', 'Подпишем соглашение о неразглашении', 'We sign an NDA first', '先签署保密协议'],
  ])('reads %s from new domains in all three languages', async (concept, ru, en, zh) => {
    const glossary = await loadGlossary();
    for (const text of [ru, en, zh]) expect(glossary.find(text).has(concept), text).toBe(true);
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
