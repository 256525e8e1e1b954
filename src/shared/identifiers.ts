/**
 * National identifiers of organizations, validated by their check digits. Isomorphic: the server
 * refuses a bad one, the web form says so before sending.
 */
export const identifierSchemes = ['inn', 'ogrn', 'ogrnip', 'unp', 'uscc'] as const;
export type IdentifierScheme = (typeof identifierSchemes)[number];

/** The country each scheme belongs to (ISO 3166-1 alpha-2). */
export const countryOfScheme: Record<IdentifierScheme, string> = { inn: 'RU', ogrn: 'RU', ogrnip: 'RU', unp: 'BY', uscc: 'CN' };

const digits = (value: string) => [...value].map(Number);

function weightedSum(values: number[], weights: number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * values[index]!, 0);
}

/** ИНН: 10 digits for a legal entity (one check digit), 12 for a person or sole trader (two). */
export function isValidInn(value: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(value)) return false;
  const d = digits(value);
  const check = (weights: number[]) => (weightedSum(d, weights) % 11) % 10;
  if (d.length === 10) return check([2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  return check([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] && check([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11];
}

/** ОГРН (13 digits, mod 11) and ОГРНИП (15 digits, mod 13); the check digit is the last digit of the remainder. */
function isValidOgrnLike(value: string, length: 13 | 15): boolean {
  if (!new RegExp(`^\\d{${length}}$`).test(value)) return false;
  const body = BigInt(value.slice(0, -1));
  const remainder = Number(body % BigInt(length === 13 ? 11 : 13)) % 10;
  return remainder === Number(value.at(-1));
}
export const isValidOgrn = (value: string) => isValidOgrnLike(value, 13);
export const isValidOgrnip = (value: string) => isValidOgrnLike(value, 15);

/** УНП of Belarus: 9 characters; legal entities are all digits, the ninth a check digit (mod 11). */
export function isValidUnp(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const d = digits(value);
  const check = weightedSum(d, [29, 23, 19, 17, 13, 7, 5, 3]) % 11;
  return check !== 10 && check === d[8];
}

/** Unified social credit code of China (GB 32100-2015): 18 characters, base-31 alphabet, mod-31 check. */
const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function isValidUscc(value: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) return false;
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = weights.reduce((total, weight, index) => total + weight * usccAlphabet.indexOf(value[index]!), 0);
  return usccAlphabet[(31 - (sum % 31)) % 31] === value[17];
}

const validators: Record<IdentifierScheme, (value: string) => boolean> = {
  inn: isValidInn,
  ogrn: isValidOgrn,
  ogrnip: isValidOgrnip,
  unp: isValidUnp,
  uscc: isValidUscc,
};

/** Spaces and dashes people type are not part of the identifier; USCC letters are upper case. */
export function normalizeIdentifier(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

export function isValidIdentifier(scheme: IdentifierScheme, value: string): boolean {
  return validators[scheme](normalizeIdentifier(value));
}
