import { defineSection } from '../define-section';

export const dashboard = defineSection({
  ru: {
    title: 'Обзор',
    organizations: 'Организации в реестре',
    ecosystems: 'Экосистемы-партнёры',
    activeAgreements: 'Действующие соглашения',
    targets: 'Стратегические цели региона',
    agreements: 'Соглашения',
    noAgreements: 'Соглашений пока нет.',
  },
  en: {
    title: 'Dashboard',
    organizations: 'Organizations in the registry',
    ecosystems: 'Partner ecosystems',
    activeAgreements: 'Active agreements',
    targets: 'Regional strategic targets',
    agreements: 'Agreements',
    noAgreements: 'No agreements yet.',
  },
  zh: {
    title: '概览',
    organizations: '登记的组织',
    ecosystems: '合作生态系统',
    activeAgreements: '有效协议',
    targets: '地区战略目标',
    agreements: '协议',
    noAgreements: '暂无协议。',
  },
});
