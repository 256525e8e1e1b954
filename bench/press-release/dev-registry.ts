/**
 * The registry the development set is matched against: the demo world's organizations from the
 * brief plus fictitious ones written for the set (names invented; any likeness is chance).
 */
import { briefOrganizations } from '../../src/server/demo/brief-organizations';
import type { RegistryCandidate } from '../../src/server/features/press-release/organization-matching';

const fictitious: RegistryCandidate[] = [
  { id: 'amur-biotech', names: ['ООО «АмурБиоТех»', 'АмурБиоТех'], country: 'RU' },
  { id: 'polar-materials', names: ['Институт полярного материаловедения', 'ИПМ'], country: 'RU' },
  { id: 'north-med-cluster', names: ['Северный медицинский кластер'], country: 'RU' },
  { id: 'lena-soft', names: ['ООО «Лена Софт»', 'Лена Софт'], country: 'RU' },
  { id: 'harbin-park', names: ['Харбинский научно-технологический парк'], country: 'CN' },
  { id: 'neman-hub', names: ['Минский инновационный хаб «Нёман»', 'Хаб «Нёман»'], country: 'BY' },
  { id: 'taiga-capital', names: ['Венчурный фонд «Тайга Капитал»'], country: 'RU' },
  { id: 'satu', names: ['Северо-Арктический технический университет', 'САТУ'], country: 'RU' },
  { id: 'volga-palette', names: ['Креативный кластер «Волжская палитра»'], country: 'RU' },
  { id: 'ulaanbaatar-ttc', names: ['Центр трансфера технологий Улан-Батора'], country: 'MN' },
  { id: 'tuimaada-agro', names: ['Агрохолдинг «Туймаада»'], country: 'RU' },
  { id: 'north-energy', names: ['АО «Северная энергия»'], country: 'RU' },
  { id: 'olonkho-film', names: ['Киностудия «Олонхо-Фильм»'], country: 'RU' },
  { id: 'kere-games', names: ['Студия разработки игр «Кэрэ Геймс»', 'Кэрэ Геймс'], country: 'RU' },
  { id: 'uran-design', names: ['Школа дизайна «Уран»'], country: 'RU' },
  { id: 'east-logistics', names: ['Логистический парк «Восточный»'], country: 'RU' },
  { id: 'permafrost-institute', names: ['Институт мерзлотоведения и криотехнологий', 'ИМК'], country: 'RU' },
  { id: 'telemed-center', names: ['Республиканский центр телемедицины', 'РЦТ'], country: 'RU' },
  { id: 'almazny-bank', names: ['Банк «Алмазный»'], country: 'RU' },
  { id: 'dalian-incubator', names: ['Даляньский бизнес-инкубатор «Морской дракон»'], country: 'CN' },
];

export const devRegistry: RegistryCandidate[] = [
  ...briefOrganizations.map((o) => ({ id: o.key, names: [o.nameRu, o.shortNameRu].filter((n): n is string => Boolean(n)), country: o.country ?? null })),
  ...fictitious,
];
