import { defineSection } from '../define-section';

export const app = defineSection({
  ru: {
    name: 'Northbridge',
    tagline: 'Проектный офис НОЦ «Север»',
    skipToContent: 'Перейти к содержимому',
    loading: 'Загрузка…',
  },
  en: {
    name: 'Northbridge',
    tagline: 'Project office of the REC “Sever”',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
  },
  zh: {
    name: 'Northbridge',
    tagline: '“北方”科教中心项目办公室',
    skipToContent: '跳到正文',
    loading: '加载中…',
  },
});
