/** The sections of ОКВЭД2, which are the sections of NACE Rev. 2 (A–U), with short names in ru/en/zh. */
export const okvedSectionNames = {
  A: { ru: 'Сельское, лесное хозяйство, охота, рыболовство', en: 'Agriculture, forestry and fishing', zh: '农业、林业和渔业' },
  B: { ru: 'Добыча полезных ископаемых', en: 'Mining and quarrying', zh: '采矿业' },
  C: { ru: 'Обрабатывающие производства', en: 'Manufacturing', zh: '制造业' },
  D: { ru: 'Электроэнергия, газ и пар', en: 'Electricity, gas and steam supply', zh: '电力、燃气及蒸汽供应' },
  E: { ru: 'Водоснабжение, водоотведение, отходы', en: 'Water supply, sewerage and waste', zh: '供水、污水处理和废物管理' },
  F: { ru: 'Строительство', en: 'Construction', zh: '建筑业' },
  G: { ru: 'Торговля', en: 'Wholesale and retail trade', zh: '批发和零售业' },
  H: { ru: 'Транспортировка и хранение', en: 'Transportation and storage', zh: '运输和仓储业' },
  I: { ru: 'Гостиницы и общественное питание', en: 'Accommodation and food service', zh: '住宿和餐饮业' },
  J: { ru: 'Информация и связь', en: 'Information and communication', zh: '信息和通信业' },
  K: { ru: 'Финансы и страхование', en: 'Financial and insurance activities', zh: '金融和保险业' },
  L: { ru: 'Операции с недвижимостью', en: 'Real estate activities', zh: '房地产业' },
  M: { ru: 'Профессиональная, научная и техническая деятельность', en: 'Professional, scientific and technical activities', zh: '专业、科学和技术活动' },
  N: { ru: 'Административная деятельность и сопутствующие услуги', en: 'Administrative and support services', zh: '行政和支助服务活动' },
  O: { ru: 'Государственное управление и военная безопасность', en: 'Public administration and defence', zh: '公共管理和国防' },
  P: { ru: 'Образование', en: 'Education', zh: '教育' },
  Q: { ru: 'Здравоохранение и социальные услуги', en: 'Human health and social work', zh: '卫生和社会工作' },
  R: { ru: 'Культура, спорт, досуг и развлечения', en: 'Arts, entertainment and recreation', zh: '艺术、娱乐和文娱活动' },
  S: { ru: 'Прочие услуги', en: 'Other service activities', zh: '其他服务活动' },
  T: { ru: 'Деятельность домашних хозяйств', en: 'Activities of households as employers', zh: '家庭作为雇主的活动' },
  U: { ru: 'Экстерриториальные организации', en: 'Extraterritorial organisations', zh: '境外组织和机构的活动' },
} as const;

export type OkvedSection = keyof typeof okvedSectionNames;
export const okvedSections = Object.keys(okvedSectionNames) as [OkvedSection, ...OkvedSection[]];
