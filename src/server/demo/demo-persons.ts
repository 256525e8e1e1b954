import { orgKeys, type PersonSeed } from './demo-world-types';

/**
 * The people of the brief. Kolganov, Yaroshenko and Nikolaev are named in the article, with the
 * positions it gives. The article names nobody from the Hi-Tech Park, so its administration's head
 * here is an invented person with a real title: replace it with the real one in a production
 * installation.
 */
export const personKeys = {
  kolganov: 'kolganov',
  yaroshenko: 'yaroshenko',
  nikolaev: 'nikolaev',
  hiTechParkHead: 'hi-tech-park-head',
} as const;

export const demoPersons: PersonSeed[] = [
  {
    key: personKeys.kolganov,
    organizationKey: orgKeys.projectManagementCenter,
    fullNameRu: 'Евгений Колганов',
    fullNameEn: 'Evgeny Kolganov',
    fullNameZh: '叶夫根尼·科尔加诺夫',
    positionRu: 'Директор Центра управления проектами НОЦ «Север»',
    positionEn: 'Director of the Project Management Center of the REC “Sever”',
    positionZh: '“北方”科教中心项目管理中心主任',
  },
  {
    key: personKeys.yaroshenko,
    organizationKey: orgKeys.greatStone,
    fullNameRu: 'Александр Ярошенко',
    fullNameEn: 'Alexander Yaroshenko',
    fullNameZh: '亚历山大·亚罗申科',
    positionRu: 'Глава Администрации Китайско-Белорусского индустриального парка «Великий камень»',
    positionEn: 'Head of the Administration of the China–Belarus Industrial Park “Great Stone”',
    positionZh: '中白工业园区管理委员会主任',
  },
  {
    key: personKeys.nikolaev,
    organizationKey: orgKeys.governmentOfYakutia,
    fullNameRu: 'Айсен Николаев',
    fullNameEn: 'Aisen Nikolaev',
    fullNameZh: '艾森·尼古拉耶夫',
    positionRu: 'Глава Республики Саха (Якутия)',
    positionEn: 'Head of the Republic of Sakha (Yakutia)',
    positionZh: '萨哈（雅库特）共和国首脑',
  },
  {
    // Invented name (see above).
    key: personKeys.hiTechParkHead,
    organizationKey: orgKeys.hiTechPark,
    fullNameRu: 'Андрей Ковалевич',
    fullNameEn: 'Andrei Kovalevich',
    fullNameZh: '安德烈·科瓦列维奇',
    positionRu: 'Директор Администрации Парка высоких технологий',
    positionEn: 'Director of the Hi-Tech Park Administration',
    positionZh: '白俄罗斯高科技园管理局局长',
  },
];
