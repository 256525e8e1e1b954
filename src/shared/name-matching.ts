/**
 * Names across scripts: "Великий камень", "Velikiy Kamen" and "Velikij kamen'" must meet.
 * Cyrillic is transliterated to Latin, then both sides are folded to one loose spelling so that
 * the usual romanizations (GOST, BGN, passport, by ear) land on the same letters for trigrams.
 */
const cyrillicToLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Belarusian and Ukrainian letters met in partners' names.
  і: 'i', ў: 'u', ї: 'i', є: 'e', ґ: 'g',
};

export function transliterateCyrillic(text: string): string {
  return [...text.toLowerCase()].map((char) => cyrillicToLatin[char] ?? char).join('');
}

/** Quotes, legal forms and punctuation say nothing about which organization a name means. */
const legalForms = /\b(ooo|oao|zao|pao|ao|ip|oo|gup|mup|fgbu|fgaou|ano|nko|llc|ltd|inc|gmbh|co|jsc|ojsc|cjsc|fz|llp|plc|sa|ag|tov|uab|ooo)\b/g;

export function foldLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .replace(legalForms, ' ')
    .replace(/shch|sch/g, 's')
    .replace(/kh|zh|ch|sh/g, (pair) => pair[0]!)
    .replace(/ts|tz/g, 'c')
    .replace(/y[aeiou]|j[aeiou]/g, (pair) => pair[1]!)
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key names are compared by: Cyrillic transliterated, everything folded. */
export function nameMatchingKey(text: string): string {
  return foldLatin(transliterateCyrillic(text));
}
