import { describe, expect, it } from 'vitest';
import { nameMatchingKey, transliterateCyrillic } from './name-matching';

describe('name matching across scripts', () => {
  it('brings Cyrillic and the usual romanizations to one key', () => {
    const key = nameMatchingKey('Великий камень');
    expect(nameMatchingKey('Velikiy Kamen')).toBe(key);
    expect(nameMatchingKey("Velikij kamen'")).toBe(key);
    expect(nameMatchingKey('VELIKII KAMEN')).toBe(key);
  });

  it('drops quotes and legal forms', () => {
    expect(nameMatchingKey('ООО «Якутские технологии»')).toBe(nameMatchingKey('Yakutskie Tekhnologii LLC'));
  });

  it('keeps different names apart', () => {
    expect(nameMatchingKey('Квартал труда')).not.toBe(nameMatchingKey('Великий камень'));
  });

  it('transliterates Belarusian letters', () => {
    expect(transliterateCyrillic('Ўсход')).toBe('uskhod');
  });
});
