/**
 * The development set of the press-release reader: 40 items written for it (fictitious
 * organizations and people) and the brief's article, each with its gold agreements.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { devItemsOne } from './dev-set-items-1';
import { devItemsTwo } from './dev-set-items-2';
import type { DevItem } from './dev-set-types';

const briefArticle = readFileSync(fileURLToPath(new URL('./source-article.ru.txt', import.meta.url)), 'utf8');

export const briefItem: DevItem = {
  id: 'brief', publishedOn: null, text: briefArticle,
  agreements: [
    {
      kind: 'cooperation_agreement',
      parties: [['Центр управления проектами научно-образовательного центра (НОЦ) «Север»', 'pmc-sever'], ['Администрация белорусско-китайского индустриального парка «Великий камень»', 'great-stone']],
      signatories: [['Евгений Колганов', 'директор', 0], ['Александр Ярошенко', 'глава', 1]],
      directions: ['биотехнологии', 'новые компоненты и материалы', 'медицина'],
      occasion: 'официальный визит делегации под руководством Главы Якутии Айсена Николаева в Республику Беларусь',
      place: 'Республика Беларусь', date: null,
    },
    {
      kind: 'cooperation_agreement',
      parties: [['Якутия', 'government-yakutia'], ['Парк высоких технологий Республики Беларусь', 'hi-tech-park']],
      signatories: [], directions: ['высокие технологии', 'креативные индустрии'],
      occasion: 'визит в Минск', place: 'Минск', date: null,
    },
  ],
};

export const devSet: DevItem[] = [...devItemsOne, ...devItemsTwo, briefItem];
