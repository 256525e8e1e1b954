import { directionTaxonomy } from '../db/reference/directions';
import type { OrganizationSeed } from './demo-world-types';
import {
  chineseBrands,
  chineseCities,
  cyrillicNaming,
  latinNaming,
  sectors,
  type CyrillicCountry,
  type LatinCountry,
  type SectorKey,
} from './company-name-parts';
import type { Random } from '../lib/seeded-random';

/**
 * Where a fictitious company comes from, which decides its country, city and the languages of its
 * name: Chinese companies are named in Chinese and English; China–Belarus joint ventures registered
 * in "Great Stone" also carry their Russian registration name; Belarusian, Russian and Central Asian
 * ones are named in Russian and English; German, Emirati and Indian ones in English only.
 */
export type CompanyOrigin = 'CN' | 'CN-BY-JV' | CyrillicCountry | LatinCountry;

export type CompanyRequest = {
  key: string;
  origin: CompanyOrigin;
  sector: SectorKey;
  /** No company is founded after it joined an ecosystem. */
  foundedNoLaterThan: number;
  /** Weights of the size bands; regional ecosystems have smaller companies than the big parks. */
  sizeWeights?: SizeWeights;
};

type SizeBand = 'micro' | 'small' | 'medium' | 'large';
export type SizeWeights = readonly (readonly [SizeBand, number])[];

const defaultSizeWeights: SizeWeights = [['micro', 30], ['small', 40], ['medium', 22], ['large', 8]];

type Names = Pick<OrganizationSeed, 'nameRu' | 'nameEn' | 'nameZh' | 'country' | 'region' | 'city'>;

const cyrillicSuffixes = [['', ''], ['Про', 'Pro'], ['Лаб', 'Lab'], ['Групп', 'Group'], ['Плюс', 'Plus'], ['Тех', 'Tech']] as const;

function directionLabel(code: string) {
  const entry = directionTaxonomy.find((direction) => direction.code === code);
  if (!entry) throw new Error(`Unknown direction ${code}`);
  return entry;
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('ru') + text.slice(1);

/** Returns a generator of fictitious companies whose names never repeat within one demo world. */
export function createCompanyGenerator(random: Random) {
  const usedNames = new Set<string>();

  function chineseNames(sector: SectorKey, jointVenture: boolean): Names {
    const brand = random.pick(chineseBrands);
    const industry = sectors[sector].chinese;
    if (jointVenture) {
      return {
        nameZh: `中白${brand.zh}${industry.zh}有限公司`,
        nameEn: `China-Belarus ${brand.en} ${industry.en} Co., Ltd.`,
        nameRu: `СЗАО «${brand.ru} ${industry.ru}»`,
        country: 'BY',
        region: 'BY-MI',
        city: 'Смолевичи',
      };
    }
    const city = random.pick(chineseCities);
    return {
      nameZh: `${city.zh}${brand.zh}${industry.zh}有限公司`,
      nameEn: `${city.en} ${brand.en} ${industry.en} Co., Ltd.`,
      nameRu: null,
      country: 'CN',
      region: city.region,
      city: city.ru,
    };
  }

  function cyrillicNames(origin: CyrillicCountry, sector: SectorKey): Names {
    const naming = cyrillicNaming[origin];
    const [formRu, formEn] = random.weighted(naming.legalForms);
    const [rootRu, rootEn] = random.pick(sectors[sector].roots);
    const [suffixRu, suffixEn] = random.pick(cyrillicSuffixes);
    // Always a prefix: bare words ("Дизайн Сервис") are names real companies are likely to carry.
    const [prefixRu, prefixEn] = random.pick(naming.prefixes);
    const hyphen = random.chance(0.3) ? '-' : '';
    const brandRu = `${prefixRu}${hyphen}${rootRu}${suffixRu ? ` ${suffixRu}` : ''}`;
    const brandEn = `${prefixEn}${hyphen}${rootEn}${suffixEn ? ` ${suffixEn}` : ''}`;
    const place = random.weighted(naming.places);
    return {
      nameRu: `${formRu} «${brandRu}»`,
      nameEn: `${brandEn} ${formEn}`,
      nameZh: null,
      country: origin === 'RU-SA' ? 'RU' : origin,
      region: place.region,
      city: place.ru,
    };
  }

  function latinNames(origin: LatinCountry, sector: SectorKey): Names {
    const naming = latinNaming[origin];
    const word = origin === 'DE' ? sectors[sector].de : sectors[sector].en;
    const place = random.pick(naming.places);
    return {
      nameRu: null,
      nameEn: `${random.pick(naming.prefixes)} ${word} ${naming.legalForm}`,
      nameZh: null,
      country: origin,
      region: place.region,
      city: place.ru,
    };
  }

  function names(origin: CompanyOrigin, sector: SectorKey): Names {
    if (origin === 'CN') return chineseNames(sector, false);
    if (origin === 'CN-BY-JV') return chineseNames(sector, true);
    if (origin === 'DE' || origin === 'AE' || origin === 'IN') return latinNames(origin, sector);
    return cyrillicNames(origin, sector);
  }

  function uniqueNames(origin: CompanyOrigin, sector: SectorKey): Names {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const candidate = names(origin, sector);
      const identity = candidate.nameZh ?? candidate.nameRu ?? candidate.nameEn ?? '';
      if (!usedNames.has(identity)) {
        usedNames.add(identity);
        return candidate;
      }
    }
    throw new Error(`Ran out of demo company names for ${origin}/${sector}`);
  }

  return function generateCompany(request: CompanyRequest): OrganizationSeed {
    const sector = sectors[request.sector];
    const main = directionLabel(sector.directions[0] ?? 'high_tech');
    const sizeBand = random.weighted(request.sizeWeights ?? defaultSizeWeights);
    const headcount = { micro: random.int(2, 14), small: random.int(15, 99), medium: random.int(100, 249), large: random.int(250, 1500) }[sizeBand];
    // Revenue per employee of 1.5–12 million rubles, exports a share of it for about half of them.
    const revenueRub = Math.round((headcount * random.int(1_500, 12_000)) / 10) * 10_000;
    const exportsRub = random.chance(0.5) ? Math.round((revenueRub * random.int(5, 80)) / 100_000) * 1_000 : 0;
    return {
      key: request.key,
      kind: 'company',
      ...uniqueNames(request.origin, request.sector),
      shortNameRu: null,
      shortNameEn: null,
      shortNameZh: null,
      website: null,
      descriptionRu: `Вымышленная демо-компания. Основное направление: ${lowerFirst(main.label.ru)}.`,
      descriptionEn: `Fictitious demo company. Main field: ${lowerFirst(main.label.en)}.`,
      descriptionZh: `虚构的演示企业。主要领域：${main.label.zh}。`,
      sizeBand,
      // Most companies join a park within a few years of their founding.
      foundedYear: request.foundedNoLaterThan - random.weighted([[0, 25], [random.int(1, 4), 45], [random.int(5, 15), 30]] as const),
      visibility: random.weighted([['public', 85], ['network', 12], ['private', 3]] as const),
      headcount,
      revenueRub,
      exportsRub,
      directionCodes: random.chance(0.6) ? sector.directions : sector.directions.slice(0, 1),
    };
  };
}
