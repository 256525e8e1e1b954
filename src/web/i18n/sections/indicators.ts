import { defineSection } from '../define-section';

export const indicators = defineSection({
  ru: {
    title: 'Показатели',
    filterLevel: 'Уровень',
  },
  en: {
    title: 'Indicators',
    filterLevel: 'Level',
  },
  zh: {
    title: '指标',
    filterLevel: '层级',
  },
});
