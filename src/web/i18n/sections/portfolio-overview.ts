import { defineSection } from '../define-section';

/** The portfolio overview's filters and its two views of the projects. */
export const portfolioOverview = defineSection({
  ru: {
    directionFilter: 'Направление',
    ecosystemFilter: 'Экосистема',
    curatorFilter: 'Куратор',
    view: 'Вид списка проектов',
    table: 'Таблица',
    cards: 'Карточки',
    budget: 'Бюджет: {{plan}} план, {{actual}} факт',
  },
  en: {
    directionFilter: 'Direction',
    ecosystemFilter: 'Ecosystem',
    curatorFilter: 'Curator',
    view: 'How projects are shown',
    table: 'Table',
    cards: 'Cards',
    budget: 'Budget: {{plan}} planned, {{actual}} spent',
  },
  zh: {
    directionFilter: '方向',
    ecosystemFilter: '生态系统',
    curatorFilter: '主管',
    view: '项目显示方式',
    table: '表格',
    cards: '卡片',
    budget: '预算：计划 {{plan}}，实际 {{actual}}',
  },
});
