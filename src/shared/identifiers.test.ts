import { describe, expect, it } from 'vitest';
import { isValidIdentifier, isValidInn, isValidOgrn, isValidOgrnip, isValidUnp, isValidUscc, normalizeIdentifier } from './identifiers';

describe('national identifiers', () => {
  it('checks ИНН of legal entities and of persons', () => {
    expect(isValidInn('7707083893')).toBe(true); // Sberbank
    expect(isValidInn('7707083894')).toBe(false);
    expect(isValidInn('500100732259')).toBe(true);
    expect(isValidInn('500100732258')).toBe(false);
    expect(isValidInn('77070838')).toBe(false);
  });

  it('checks ОГРН and ОГРНИП', () => {
    expect(isValidOgrn('1027700132195')).toBe(true); // Sberbank
    expect(isValidOgrn('1027700132194')).toBe(false);
    expect(isValidOgrnip('304500116000157')).toBe(true);
    expect(isValidOgrnip('304500116000158')).toBe(false);
  });

  it('checks УНП of Belarus', () => {
    expect(isValidUnp('100582333')).toBe(true); // Belarusbank
    expect(isValidUnp('100582334')).toBe(false);
    expect(isValidUnp('10058233')).toBe(false);
  });

  it('checks the unified social credit code of China', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100M000100I43')).toBe(false); // I is not in the alphabet
  });

  it('ignores spaces, dashes and letter case people type', () => {
    expect(normalizeIdentifier(' 7707-083 893 ')).toBe('7707083893');
    expect(isValidIdentifier('uscc', '91350100m000100y43')).toBe(true);
    expect(isValidIdentifier('inn', '7707 083 893')).toBe(true);
  });
});
