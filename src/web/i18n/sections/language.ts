import { defineSection } from '../define-section';

export const language = defineSection({
  ru: {
    label: 'Язык интерфейса',
    ru: 'Русский',
    en: 'English',
    zh: '中文',
  },
  en: {
    label: 'Interface language',
    ru: 'Русский',
    en: 'English',
    zh: '中文',
  },
  zh: {
    label: '界面语言',
    ru: 'Русский',
    en: 'English',
    zh: '中文',
  },
});
