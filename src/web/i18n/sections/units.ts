import { defineSection } from '../define-section';

export const units = defineSection({
  ru: {
    people: 'чел.',
    pieces: 'шт.',
  },
  en: {
    people: 'people',
    pieces: 'pcs',
  },
  zh: {
    people: '人',
    pieces: '个',
  },
});
