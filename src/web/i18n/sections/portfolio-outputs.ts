import { defineSection } from '../define-section';

/** The portfolio's outputs: passport files, the register, calendar feeds of control points. */
export const portfolioOutputs = defineSection({
  ru: {
    passportDocx: 'Паспорт в DOCX',
    passportXlsx: 'Паспорт в XLSX',
    registerXlsx: 'Реестр проектов в XLSX',
    projectFeed: 'Контрольные точки в календарь',
    personalFeed: 'Мой календарь контрольных точек',
    feedTitle: 'Календарь контрольных точек',
    feedCreated: 'Ссылку можно добавить в календарь (Outlook, Google, Apple). Она показывается один раз — сохраните её:',
    feedUrl: 'Адрес календаря',
  },
  en: {
    passportDocx: 'Passport as DOCX',
    passportXlsx: 'Passport as XLSX',
    registerXlsx: 'Project register as XLSX',
    projectFeed: 'Control points to my calendar',
    personalFeed: 'My control point calendar',
    feedTitle: 'Control point calendar',
    feedCreated: 'Add this link to your calendar (Outlook, Google, Apple). It is shown only once — keep it:',
    feedUrl: 'Calendar address',
  },
  zh: {
    passportDocx: '导出项目护照（DOCX）',
    passportXlsx: '导出项目护照（XLSX）',
    registerXlsx: '导出项目登记表（XLSX）',
    projectFeed: '将控制点加入日历',
    personalFeed: '我的控制点日历',
    feedTitle: '控制点日历',
    feedCreated: '可将此链接添加到日历（Outlook、Google、Apple）。链接仅显示一次，请妥善保存：',
    feedUrl: '日历地址',
  },
});
