import type { agreements } from '../db/schema/index';
import type { DirectionCode } from '../db/reference/directions';
import type { partyRoles } from '../../shared/domain';
import { orgKeys } from './demo-world-types';
import { personKeys } from './demo-persons';

/**
 * The two agreements of the brief, both reached during the official visit to Minsk. The article
 * gives neither numbers nor the date: both are demo values, and the summaries say so, so that nobody
 * quotes them as the real ones.
 */
export type AgreementSeed = Omit<typeof agreements.$inferInsert, 'id' | 'createdAt' | 'updatedAt'> & {
  key: string;
  parties: { organizationKey: string; role: (typeof partyRoles)[number] }[];
  signatories: { personKey: string; partyOrganizationKey: string }[];
  directionCodes: DirectionCode[];
};

export const officialVisitDate = '2025-04-17';

const officialVisit = {
  signedOn: officialVisitDate,
  validFrom: officialVisitDate,
  validTo: '2030-12-31',
  placeRu: 'Минск',
  placeEn: 'Minsk',
  placeZh: '明斯克',
  occasionRu: 'Официальный визит делегации Республики Саха (Якутия) во главе с Главой Республики Айсеном Николаевым в Республику Беларусь',
  occasionEn: 'Official visit of the delegation of the Republic of Sakha (Yakutia) led by the Head of the Republic Aisen Nikolaev to the Republic of Belarus',
  occasionZh: '萨哈（雅库特）共和国首脑艾森·尼古拉耶夫率代表团对白俄罗斯共和国进行正式访问',
} as const;

const demoNote = {
  ru: 'Номер и дата в демо-данных условные.',
  en: 'The number and the date are demo values.',
  zh: '编号和日期为演示数据。',
};

export const agreementKeys = { greatStone: 'agreement-great-stone', hiTechPark: 'agreement-hi-tech-park' } as const;

export const demoAgreements: AgreementSeed[] = [
  {
    key: agreementKeys.greatStone,
    number: 'NB-DEMO-2025-001',
    kind: 'cooperation_agreement',
    status: 'active',
    confidential: false,
    ...officialVisit,
    titleRu: 'Соглашение о сотрудничестве между Центром управления проектами НОЦ «Север» и Администрацией Китайско-Белорусского индустриального парка «Великий камень»',
    titleEn: 'Cooperation agreement between the Project Management Center of the REC “Sever” and the Administration of the China–Belarus Industrial Park “Great Stone”',
    titleZh: '“北方”科教中心项目管理中心与中白工业园区管理委员会合作协议',
    summaryRu: `Поддержка и развитие высокотехнологичного предпринимательства и инноваций. Основные направления сотрудничества — биотехнологии, новые компоненты и материалы, медицина. ${demoNote.ru}`,
    summaryEn: `Support and development of high-tech entrepreneurship and innovation. The main directions of cooperation are biotechnology, new components and materials, and medicine. ${demoNote.en}`,
    summaryZh: `支持和发展高科技创业与创新。主要合作方向为生物技术、新型元器件与材料以及医学。${demoNote.zh}`,
    parties: [
      { organizationKey: orgKeys.projectManagementCenter, role: 'party' },
      { organizationKey: orgKeys.greatStone, role: 'party' },
    ],
    signatories: [
      { personKey: personKeys.kolganov, partyOrganizationKey: orgKeys.projectManagementCenter },
      { personKey: personKeys.yaroshenko, partyOrganizationKey: orgKeys.greatStone },
    ],
    directionCodes: ['biotechnology', 'new_materials', 'medicine'],
  },
  {
    // "Yakutia agreed to cooperate with the Hi-Tech Park": the republic's government is the party,
    // the ministry in charge of innovation coordinates. The article names no signatories.
    key: agreementKeys.hiTechPark,
    number: 'NB-DEMO-2025-002',
    kind: 'cooperation_agreement',
    status: 'active',
    confidential: false,
    ...officialVisit,
    titleRu: 'Соглашение о сотрудничестве между Республикой Саха (Якутия) и Парком высоких технологий Республики Беларусь',
    titleEn: 'Cooperation agreement between the Republic of Sakha (Yakutia) and the Belarus Hi-Tech Park',
    titleZh: '萨哈（雅库特）共和国与白俄罗斯高科技园合作协议',
    summaryRu: `Взаимодействие в сфере высоких технологий и креативных индустрий с ведущим ИТ-кластером Центральной и Восточной Европы. ${demoNote.ru}`,
    summaryEn: `Cooperation in high technology and the creative industries with the leading IT cluster of Central and Eastern Europe. ${demoNote.en}`,
    summaryZh: `与中东欧领先的信息技术集群在高新技术和创意产业领域开展合作。${demoNote.zh}`,
    parties: [
      { organizationKey: orgKeys.governmentOfYakutia, role: 'party' },
      { organizationKey: orgKeys.hiTechPark, role: 'party' },
      { organizationKey: orgKeys.ministryOfInnovation, role: 'coordinator' },
    ],
    signatories: [],
    directionCodes: ['high_tech', 'creative_industries'],
  },
];
