import { assignRegistrationNumbers, buildRoster, type RosterSpec } from './build-roster';
import { orgKeys, type EcosystemMembers, type OrganizationSeed } from './demo-world-types';
import type { CompanyRequest } from './generate-company';
import type { Random } from '../lib/seeded-random';

/**
 * "Great Stone": the article speaks of more than 120 residents, so the demo has 126 current ones,
 * plus a few pending applications and former residents to show the register's history.
 * Chinese investors and China–Belarus joint ventures lead, Belarusian companies follow; the fields
 * are the park's: machinery, electronics, new materials, biotechnology, medicine, logistics.
 */
export const greatStoneResidentCount = 126;

const spec: RosterSpec = {
  ecosystemKey: orgKeys.greatStone,
  keyPrefix: 'great-stone',
  // One of the 126 current residents is the hand-made company below.
  counts: { resident: greatStoneResidentCount - 1, applicant: 6, former: 5 },
  origins: [['CN', 35], ['CN-BY-JV', 25], ['BY', 22], ['RU', 9], ['KZ', 3], ['DE', 3], ['UZ', 2], ['AE', 1]],
  sectors: [
    ['machinery', 14], ['biotech', 12], ['materials', 11], ['electronics', 11], ['medical_devices', 10], ['logistics', 10],
    ['pharma', 9], ['composites', 6], ['chemistry', 5], ['energy', 5], ['agritech', 3], ['software', 3], ['ai', 3],
  ],
  // Large manufacturers the park was built around are its anchors; young software and AI teams
  // come through the park's incubator.
  residentType: (sector, index) => {
    if (sector === 'software' || sector === 'ai') return 'startup_resident';
    return index % 10 === 0 && (sector === 'machinery' || sector === 'electronics' || sector === 'materials') ? 'anchor_resident' : 'resident';
  },
  joinedBetween: ['2014-03-01', '2025-06-30'],
  appliedBetween: ['2025-03-01', '2025-10-31'],
};

/**
 * The Chinese resident the demo member user works for: named by hand so that the README and the
 * tests can point at it. Its brand "瑞川" is kept out of the generator's list.
 */
export const demoMemberCompany: OrganizationSeed = {
  key: orgKeys.demoMemberCompany,
  kind: 'company',
  nameRu: null,
  nameEn: 'Suzhou Ruichuan Biotechnology Co., Ltd.',
  nameZh: '苏州瑞川生物科技有限公司',
  shortNameRu: null,
  shortNameEn: 'Ruichuan Biotech',
  shortNameZh: '瑞川生物',
  country: 'CN',
  region: 'CN-JS',
  city: 'Сучжоу',
  website: null,
  descriptionRu: 'Вымышленная демо-компания. Основное направление: биотехнологии (ферменты и биопрепараты для медицины и сельского хозяйства).',
  descriptionEn: 'Fictitious demo company. Main field: biotechnology (enzymes and biological products for medicine and agriculture).',
  descriptionZh: '虚构的演示企业。主要领域：生物技术（用于医疗和农业的酶制剂与生物制品）。',
  sizeBand: 'small',
  foundedYear: 2016,
  visibility: 'public',
  headcount: 64,
  revenueRub: 412_000_000,
  exportsRub: 158_000_000,
  directionCodes: ['biotechnology', 'industrial_biotechnology', 'pharmaceuticals'],
};

export function buildGreatStoneResidents(random: Random, generateCompany: (request: CompanyRequest) => OrganizationSeed): EcosystemMembers {
  const roster = buildRoster(random, generateCompany, spec);
  roster.organizations.unshift(demoMemberCompany);
  roster.memberships.unshift({
    ecosystemKey: orgKeys.greatStone,
    organizationKey: demoMemberCompany.key,
    status: 'resident',
    residentType: 'resident',
    dateFrom: '2019-09-16',
    dateTo: null,
    registrationNumber: null,
  });
  assignRegistrationNumbers(roster.memberships, (year, sequence) => `GS-${year}-${String(sequence).padStart(3, '0')}`);
  return roster;
}
