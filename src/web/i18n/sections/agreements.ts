import { defineSection } from '../define-section';

export const agreements = defineSection({
  ru: {
    title: 'Соглашения',
    signedOn: 'Дата подписания',
    titleColumn: 'Соглашение',
    filterStatus: 'Статус',
  },
  en: {
    title: 'Agreements',
    signedOn: 'Signed on',
    titleColumn: 'Agreement',
    filterStatus: 'Status',
  },
  zh: {
    title: '协议',
    signedOn: '签署日期',
    titleColumn: '协议',
    filterStatus: '状态',
  },
});
