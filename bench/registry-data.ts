/**
 * A large registry made of the demo's name parts: seeded, so every run and every machine gets the
 * same 100,000 organizations. Pure data, no database: generate-registry.ts writes it.
 *
 * Mix (by origin of the company): Yakut and other Russian, Belarusian and Central Asian companies
 * named in Russian (and English for most); Chinese ones in Chinese and English; China–Belarus joint
 * ventures in all three; German, Emirati and Indian ones in English only. Descriptions reuse the
 * taxonomy's trilingual descriptions of the company's main direction, so the words a user searches
 * for ("ферментация", "logistics", "物流") occur with realistic frequencies.
 */
import { directionTaxonomy, type DirectionCode } from '../src/server/db/reference/directions';
import { briefOrganizations } from '../src/server/demo/brief-organizations';
import { chineseBrands, chineseCities, cyrillicNaming, latinNaming, sectors, type CyrillicCountry, type LatinCountry, type SectorKey } from '../src/server/demo/company-name-parts';
import type { OrganizationSeed } from '../src/server/demo/demo-world-types';
import { createRandom, type Random } from '../src/server/lib/seeded-random';
import { isEcosystemKind, type OrganizationKind } from '../src/shared/domain';

export type GeneratedOrganization = Omit<OrganizationSeed, 'key'> & { id: string; externalId: string };
export type GeneratedMembership = { id: string; ecosystemId: string; organizationId: string; status: 'applicant' | 'resident' | 'former'; residentType: string; dateFrom: string; dateTo: string | null };

type Origin = 'CN' | 'CN-BY-JV' | CyrillicCountry | LatinCountry;
const origins: readonly (readonly [Origin, number])[] = [
  ['RU-SA', 22], ['RU', 24], ['BY', 12], ['KZ', 5], ['UZ', 3], ['AM', 2], ['CN', 20], ['CN-BY-JV', 4], ['DE', 3], ['AE', 2], ['IN', 3],
];
const otherKinds: readonly (readonly [OrganizationKind, number])[] = [
  ['company', 92], ['research_institute', 3], ['university', 1], ['research_center', 1], ['fund', 1], ['venture_company', 1], ['it_center', 1],
];
const sectorKeys = Object.keys(sectors) as SectorKey[];
const suffixes = [['', ''], ['Про', 'Pro'], ['Лаб', 'Lab'], ['Групп', 'Group'], ['Плюс', 'Plus'], ['Тех', 'Tech'], ['Инжиниринг', 'Engineering'], ['Сервис', 'Service'], ['Систем', 'System']] as const;
const kindWords: Partial<Record<OrganizationKind, { ru: string; en: string; zh: string }>> = {
  research_institute: { ru: 'НИИ', en: 'Research Institute', zh: '研究院' },
  university: { ru: 'Университет', en: 'University', zh: '大学' },
  research_center: { ru: 'Научный центр', en: 'Research Center', zh: '研究中心' },
  fund: { ru: 'Фонд', en: 'Fund', zh: '基金' },
  venture_company: { ru: 'Венчурная компания', en: 'Ventures', zh: '创投' },
  it_center: { ru: 'ИТ-центр', en: 'IT Center', zh: '信息技术中心' },
};
const openers = {
  ru: ['Разрабатывает и внедряет решения в области', 'Производит продукцию и оказывает услуги в области', 'Ведёт исследования и опытные разработки в области', 'Выполняет заказы промышленных партнёров в области'],
  en: ['Develops and deploys solutions in', 'Makes products and provides services in', 'Does research and pilot development in', 'Serves industrial partners in'],
  zh: ['致力于开发和推广', '提供产品与服务，专注于', '开展研究与试验开发，方向为', '为工业合作伙伴提供服务，领域为'],
};
const byCode = new Map(directionTaxonomy.map((entry) => [entry.code as string, entry]));
const direction = (code: string) => byCode.get(code)!;
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

type Names = Pick<GeneratedOrganization, 'nameRu' | 'nameEn' | 'nameZh' | 'country' | 'region' | 'city'>;

function namesOf(random: Random, origin: Origin, sector: SectorKey, kind: OrganizationKind): Names {
  const word = kindWords[kind];
  if (origin === 'CN' || origin === 'CN-BY-JV') {
    const brand = random.pick(chineseBrands);
    const industry = sectors[sector].chinese;
    const tail = word ? { zh: word.zh, en: word.en } : { zh: '有限公司', en: 'Co., Ltd.' };
    if (origin === 'CN-BY-JV') {
      return { nameZh: `中白${brand.zh}${industry.zh}${tail.zh}`, nameEn: `China-Belarus ${brand.en} ${industry.en} ${tail.en}`, nameRu: `СЗАО «${brand.ru} ${industry.ru}»`, country: 'BY', region: 'BY-MI', city: 'Смолевичи' };
    }
    const city = random.pick(chineseCities);
    return { nameZh: `${city.zh}${brand.zh}${industry.zh}${tail.zh}`, nameEn: `${city.en} ${brand.en} ${industry.en} ${tail.en}`, nameRu: null, country: 'CN', region: city.region, city: city.ru };
  }
  if (origin === 'DE' || origin === 'AE' || origin === 'IN') {
    const naming = latinNaming[origin];
    const place = random.pick(naming.places);
    const industry = origin === 'DE' ? sectors[sector].de : sectors[sector].en;
    return { nameRu: null, nameEn: `${random.pick(naming.prefixes)} ${industry} ${word?.en ?? naming.legalForm}`, nameZh: null, country: origin, region: place.region, city: place.ru };
  }
  const naming = cyrillicNaming[origin];
  const [prefixRu, prefixEn] = random.pick(naming.prefixes);
  // A root of a neighbouring sector now and then, so that brands repeat less than in the small demo.
  const [rootRu, rootEn] = random.pick(sectors[random.chance(0.8) ? sector : random.pick(sectorKeys)].roots);
  const [suffixRu, suffixEn] = random.pick(suffixes);
  const hyphen = random.chance(0.3) ? '-' : '';
  const brandRu = `${prefixRu}${hyphen}${rootRu}${suffixRu ? ` ${suffixRu}` : ''}`;
  const brandEn = `${prefixEn}${hyphen}${rootEn}${suffixEn ? ` ${suffixEn}` : ''}`;
  const [formRu, formEn] = word ? [word.ru, word.en] : random.weighted(naming.legalForms);
  const place = random.weighted(naming.places);
  return {
    nameRu: `${formRu} «${brandRu}»`,
    nameEn: random.chance(0.75) ? `${brandEn} ${formEn}` : null,
    nameZh: null,
    country: origin === 'RU-SA' ? 'RU' : origin,
    region: place.region,
    city: place.ru,
  };
}

function descriptionsOf(random: Random, names: Names, codes: readonly string[]) {
  const main = direction(codes[0]!);
  const second = codes[1] ? direction(codes[1]) : undefined;
  const pick = random.int(0, openers.ru.length - 1);
  const also = second ? { ru: ` Также: ${lowerFirst(second.label.ru)}.`, en: ` Also: ${lowerFirst(second.label.en)}.`, zh: `另涉及${second.label.zh}。` } : { ru: '', en: '', zh: '' };
  return {
    descriptionRu: names.nameRu ? `${openers.ru[pick]} «${lowerFirst(main.label.ru)}». ${main.description.ru}${also.ru}` : null,
    descriptionEn: names.nameEn ? `${openers.en[pick]} ${lowerFirst(main.label.en)}. ${main.description.en}${also.en}` : null,
    descriptionZh: names.nameZh ? `${openers.zh[pick]}${main.label.zh}。${main.description.zh}${also.zh}` : null,
  };
}

function organizationOf(random: Random, index: number): GeneratedOrganization {
  const origin = random.weighted(origins);
  const sector = random.pick(sectorKeys);
  const kind = random.weighted(otherKinds);
  const names = namesOf(random, origin, sector, kind);
  const sectorCodes = sectors[sector].directions as readonly DirectionCode[];
  const codes = random.chance(0.6) ? [...sectorCodes] : sectorCodes.slice(0, 1);
  if (random.chance(0.2)) codes.push(random.pick(directionTaxonomy).code);
  const sizeBand = random.weighted([['micro', 30], ['small', 40], ['medium', 22], ['large', 8]] as const);
  const headcount = { micro: random.int(2, 14), small: random.int(15, 99), medium: random.int(100, 249), large: random.int(250, 1500) }[sizeBand];
  return {
    id: random.uuid(),
    externalId: `bench-${index}`,
    kind,
    ...names,
    shortNameRu: null,
    shortNameEn: null,
    shortNameZh: null,
    website: null,
    ...descriptionsOf(random, names, codes),
    sizeBand,
    foundedYear: random.int(1992, 2025),
    visibility: random.weighted([['public', 85], ['network', 12], ['private', 3]] as const),
    headcount,
    revenueRub: headcount * random.int(1_500, 12_000) * 1_000,
    exportsRub: random.chance(0.5) ? headcount * random.int(100, 3_000) * 1_000 : 0,
    directionCodes: [...new Set(codes)] as DirectionCode[],
  };
}

/** The ecosystems: the parks of the brief, then regional technoparks and Chinese high-tech zones. */
function ecosystemsOf(random: Random, count: number): GeneratedOrganization[] {
  const fromBrief = briefOrganizations.filter((o) => isEcosystemKind(o.kind)).map(({ key, ...seed }) => ({ ...seed, id: random.uuid(), externalId: `bench-${key}` }));
  const extra = Array.from({ length: Math.max(0, count - fromBrief.length) }, (_, i): GeneratedOrganization => {
    const chinese = i % 2 === 1;
    const city = chineseCities[i % chineseCities.length]!;
    const [prefixRu, prefixEn] = cyrillicNaming.RU.prefixes[i % cyrillicNaming.RU.prefixes.length]!;
    return {
      id: random.uuid(), externalId: `bench-ecosystem-${i}`, kind: chinese ? 'industrial_park' : 'technopark', visibility: 'public',
      nameRu: chinese ? `Зона высоких технологий ${city.ru}` : `Технопарк «${prefixRu}»`,
      nameEn: chinese ? `${city.en} High-Tech Zone` : `${prefixEn} Technopark`,
      nameZh: chinese ? `${city.zh}高新技术产业开发区` : null,
      shortNameRu: null, shortNameEn: null, shortNameZh: null, website: null,
      country: chinese ? 'CN' : 'RU', region: chinese ? city.region : null, city: chinese ? city.ru : null,
      descriptionRu: 'Площадка для технологических компаний: офисы, лаборатории, льготный режим для резидентов.',
      descriptionEn: 'A site for technology companies: offices, laboratories, a preferential regime for residents.',
      descriptionZh: chinese ? '面向科技企业的园区：办公、实验室及入园企业优惠政策。' : null,
      sizeBand: null, foundedYear: 2000 + i, headcount: null, revenueRub: null, exportsRub: null, directionCodes: ['high_tech'],
    };
  });
  return [...fromBrief, ...extra];
}

export type RegistryPlan = { organizations: number; memberships: number; ecosystems: number; seed: number };

export const defaultPlan: RegistryPlan = { organizations: 100_000, memberships: 150_000, ecosystems: 20, seed: 20_260_101 };

/**
 * The ecosystems first, then the other organizations in batches, each with its memberships:
 * every organization belongs to one ecosystem, and enough of them to a second one to reach the
 * planned number of memberships. Bigger parks (the first ones) get more residents.
 */
export function* registryBatches(plan: RegistryPlan, batchSize = 1000): Generator<{ organizations: GeneratedOrganization[]; memberships: GeneratedMembership[] }> {
  const random = createRandom(plan.seed);
  const ecosystems = ecosystemsOf(random, plan.ecosystems);
  yield { organizations: ecosystems, memberships: [] };
  const others = plan.organizations - ecosystems.length;
  const secondShare = Math.min(1, Math.max(0, (plan.memberships - others) / others));
  const ecosystemWeights = ecosystems.map((e, i) => [e.id, Math.max(1, 20 - i)] as const);
  for (let start = 0; start < others; start += batchSize) {
    const batch = { organizations: [] as GeneratedOrganization[], memberships: [] as GeneratedMembership[] };
    for (let index = start; index < Math.min(others, start + batchSize); index++) {
      const organization = organizationOf(random, index);
      batch.organizations.push(organization);
      const first = random.weighted(ecosystemWeights);
      // Exactly the planned number of memberships: every k-th organization gets a second ecosystem.
      const second = Math.floor((index + 1) * secondShare) > Math.floor(index * secondShare);
      const chosen = second ? [first, random.weighted(ecosystemWeights.filter(([id]) => id !== first))] : [first];
      for (const ecosystemId of chosen) {
        const status = random.weighted([['resident', 75], ['applicant', 10], ['former', 15]] as const);
        const dateFrom = random.dateBetween('2012-01-01', '2025-12-31');
        batch.memberships.push({
          id: random.uuid(), ecosystemId, organizationId: organization.id, status, residentType: random.pick(['resident', 'startup_resident', 'virtual_resident', 'participant'] as const),
          dateFrom, dateTo: status === 'former' ? random.dateBetween(dateFrom, '2026-01-31') : null,
        });
      }
    }
    yield batch;
  }
}
