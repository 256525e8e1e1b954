import { defineSection } from '../define-section';

export const errorPage = defineSection({
  ru: {
    title: 'Что-то пошло не так',
    lead: 'Страница не смогла открыться. Обновите её; если ошибка повторится, сообщите администратору.',
    reload: 'Обновить страницу',
  },
  en: {
    title: 'Something went wrong',
    lead: 'The page could not open. Reload it; if the error repeats, tell your administrator.',
    reload: 'Reload the page',
  },
  zh: {
    title: '出现错误',
    lead: '页面无法打开。请刷新；如果错误再次出现，请联系管理员。',
    reload: '刷新页面',
  },
});
