import type { Language } from '../../../../shared/languages';
export { partnershipTypeLabels } from '../../../../shared/partnering';

/** The sentences that explain a match, in the reader's language. */
const templates = {
  sameDirection: { en: 'both in: {path}', ru: 'оба в направлении: {path}', zh: '同属方向：{path}' },
  relatedDirection: { en: 'related directions: {a} and {b}', ru: 'смежные направления: {a} и {b}', zh: '相关方向：{a} 与 {b}' },
  concept: { en: "your '{mine}' ~ their '{theirs}'", ru: 'ваше «{mine}» ~ их «{theirs}»', zh: '您的“{mine}” ~ 对方的“{theirs}”' },
  words: { en: 'shared words: {words}', ru: 'общие слова: {words}', zh: '共同词语：{words}' },
  trlFits: { en: 'TRL {offer} fits requested ≥ {request}', ru: 'УГТ {offer} соответствует запрошенному ≥ {request}', zh: '技术成熟度 {offer} 满足要求的 ≥ {request}' },
  trlBelow: { en: 'TRL {offer} is below requested ≥ {request}', ru: 'УГТ {offer} ниже запрошенного ≥ {request}', zh: '技术成熟度 {offer} 低于要求的 ≥ {request}' },
  trlClose: { en: 'TRL {a} and {b} are close', ru: 'УГТ {a} и {b} близки', zh: '技术成熟度 {a} 与 {b} 接近' },
  partnership: { en: 'both seek: {types}', ru: 'обе стороны ищут: {types}', zh: '双方都寻求：{types}' },
  geography: { en: 'in a target country: {country}', ru: 'в целевой стране: {country}', zh: '位于目标国家：{country}' },
} as const satisfies Record<string, Record<Language, string>>;


export type ReasonKey = keyof typeof templates;

export function reason(key: ReasonKey, language: Language, values: Record<string, string | number>): string {
  return templates[key][language].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The separator of lists and the arrow of paths, per language. */
export const listJoiner: Record<Language, string> = { en: ', ', ru: ', ', zh: '、' };
