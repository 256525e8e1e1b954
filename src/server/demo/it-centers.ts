import { orgKeys, type EcosystemMembers } from './demo-world-types';
import type { Random } from '../lib/seeded-random';

/**
 * "The republic has 19 IT centers where companies can develop their own software products."
 * The demo places them in 19 districts (uluses) of Yakutia; which districts really host one is not in
 * the brief, so the set is illustrative and every description says so.
 */
type District = { ru: string; en: string; zh: string; city: string };

const districts: readonly District[] = [
  { ru: 'Алданского района', en: 'Aldan District', zh: '阿尔丹区', city: 'Алдан' },
  { ru: 'Амгинского улуса', en: 'Amga District', zh: '阿姆加区', city: 'Амга' },
  { ru: 'Булунского улуса', en: 'Bulun District', zh: '布伦区', city: 'Тикси' },
  { ru: 'Верхневилюйского улуса', en: 'Verkhnevilyuysk District', zh: '上维柳伊斯克区', city: 'Верхневилюйск' },
  { ru: 'Вилюйского улуса', en: 'Vilyuysk District', zh: '维柳伊斯克区', city: 'Вилюйск' },
  { ru: 'Горного улуса', en: 'Gorny District', zh: '戈尔内区', city: 'Бердигестях' },
  { ru: 'Ленского района', en: 'Lensk District', zh: '连斯克区', city: 'Ленск' },
  { ru: 'Мегино-Кангаласского улуса', en: 'Megino-Kangalassky District', zh: '梅吉诺-坎加拉斯区', city: 'Нижний Бестях' },
  { ru: 'Мирнинского района', en: 'Mirny District', zh: '米尔内区', city: 'Мирный' },
  { ru: 'Намского улуса', en: 'Namsky District', zh: '纳姆区', city: 'Намцы' },
  { ru: 'Нерюнгринского района', en: 'Neryungri District', zh: '涅留恩格里区', city: 'Нерюнгри' },
  { ru: 'Нюрбинского района', en: 'Nyurba District', zh: '纽尔巴区', city: 'Нюрба' },
  { ru: 'Оймяконского улуса', en: 'Oymyakon District', zh: '奥伊米亚康区', city: 'Усть-Нера' },
  { ru: 'Олёкминского района', en: 'Olyokminsk District', zh: '奥廖克明斯克区', city: 'Олёкминск' },
  { ru: 'Сунтарского улуса', en: 'Suntar District', zh: '孙塔尔区', city: 'Сунтар' },
  { ru: 'Таттинского улуса', en: 'Tatta District', zh: '塔塔区', city: 'Ытык-Кюёль' },
  { ru: 'Усть-Алданского улуса', en: 'Ust-Aldan District', zh: '乌斯季-阿尔丹区', city: 'Борогонцы' },
  { ru: 'Хангаласского улуса', en: 'Khangalassky District', zh: '汉加拉斯区', city: 'Покровск' },
  { ru: 'Чурапчинского улуса', en: 'Churapcha District', zh: '丘拉普恰区', city: 'Чурапча' },
];

export const itCenterCount = districts.length;

export function buildItCenters(random: Random): EcosystemMembers {
  const members: EcosystemMembers = { organizations: [], memberships: [] };
  districts.forEach((district, index) => {
    const key = `it-center-${String(index + 1).padStart(2, '0')}`;
    members.organizations.push({
      key,
      kind: 'it_center',
      nameRu: `ИТ-центр ${district.ru}`,
      nameEn: `IT Center of the ${district.en}`,
      nameZh: `${district.zh}信息技术中心`,
      shortNameRu: null,
      shortNameEn: null,
      shortNameZh: null,
      country: 'RU',
      region: 'RU-SA',
      city: district.city,
      website: null,
      descriptionRu: 'Рабочие места и сервисы для компаний, разрабатывающих собственные программные продукты в районе. Демо-данные.',
      descriptionEn: 'Workplaces and services for companies developing their own software products in the district. Demo data.',
      descriptionZh: '为在本区开发自主软件产品的企业提供工位和服务。演示数据。',
      sizeBand: 'micro',
      foundedYear: null,
      visibility: 'public',
      headcount: null,
      revenueRub: null,
      exportsRub: null,
      directionCodes: ['software', 'education'],
    });
    members.memberships.push({
      ecosystemKey: orgKeys.itCenterNetwork,
      organizationKey: key,
      status: 'resident',
      residentType: 'participant',
      dateFrom: random.dateBetween('2021-01-15', '2023-12-15'),
      dateTo: null,
      registrationNumber: `ITC-${String(index + 1).padStart(2, '0')}`,
    });
  });
  return members;
}
