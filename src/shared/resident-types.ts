/**
 * The kinds of membership an ecosystem's register records (decision 018). The status (applicant,
 * resident, former) says where an entry is in its life; the resident type says what standing the
 * member has in the park: the categories Russian, Belarusian and Chinese parks and clusters keep
 * in their registers. What a member does (production, software, R&D) is told by its directions
 * and ОКВЭД2 codes, not here.
 */
import type { Language } from './languages';

export const residentTypes = [
  'resident',
  'anchor_resident',
  'startup_resident',
  'virtual_resident',
  'participant',
  'partner',
  'co_investor',
] as const;
export type ResidentType = (typeof residentTypes)[number];

export const residentTypeLabels: Record<ResidentType, Record<Language, string>> = {
  // Not plain "Резидент" / "入驻企业": that is the membership status, shown beside the type.
  resident: { ru: 'Резидент на общих условиях', en: 'Regular resident', zh: '一般入驻企业' },
  anchor_resident: { ru: 'Якорный резидент', en: 'Anchor resident', zh: '龙头企业' },
  startup_resident: { ru: 'Резидент-стартап', en: 'Start-up resident (incubatee)', zh: '孵化企业' },
  virtual_resident: { ru: 'Резидент без размещения', en: 'Virtual resident (no premises)', zh: '非驻场企业' },
  participant: { ru: 'Участник', en: 'Participant', zh: '成员单位' },
  partner: { ru: 'Партнёр', en: 'Partner', zh: '合作伙伴' },
  co_investor: { ru: 'Соинвестор', en: 'Co-investor', zh: '联合投资方' },
};

export function isResidentType(value: string): value is ResidentType {
  return (residentTypes as readonly string[]).includes(value);
}

const normalize = (text: string) => text.trim().toLowerCase().replace(/ё/g, 'е').replace(/[\s_-]+/g, ' ');
/** Short names people write in their own registers for the regular type. */
const regularResidentAliases = ['резидент', 'resident', '入驻企业'];
const byLabel = new Map<string, ResidentType>([
  ...residentTypes.flatMap((type) => [[normalize(type), type] as const, ...Object.values(residentTypeLabels[type]).map((label) => [normalize(label), type] as const)]),
  ...regularResidentAliases.map((alias) => [normalize(alias), 'resident'] as const),
]);

/**
 * The type a spreadsheet cell means: its code ("anchor_resident") or its label in any of the three
 * languages ("Якорный резидент", "Anchor resident", "龙头企业"), case and spacing aside.
 */
export function residentTypeOf(text: string): ResidentType | null {
  return byLabel.get(normalize(text)) ?? null;
}
