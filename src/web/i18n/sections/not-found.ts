import { defineSection } from '../define-section';

export const notFound = defineSection({
  ru: {
    title: 'Страница не найдена',
    lead: 'Такой страницы нет. Возможно, ссылка устарела.',
    back: 'На главную',
  },
  en: {
    title: 'Page not found',
    lead: 'There is no such page. The link may be out of date.',
    back: 'Go to the start page',
  },
  zh: {
    title: '页面不存在',
    lead: '没有此页面，链接可能已过期。',
    back: '返回首页',
  },
});
