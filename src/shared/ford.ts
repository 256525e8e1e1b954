/**
 * OECD Fields of Research and Development (FORD), Frascati Manual 2015, table 2.2: the 42 second-level
 * fields. Directions name one of them, so that reports can be compared with R&D statistics.
 */
export const fordFields = {
  '1.01': { en: 'Mathematics', ru: 'Математика', zh: '数学' },
  '1.02': { en: 'Computer and information sciences', ru: 'Компьютерные и информационные науки', zh: '计算机与信息科学' },
  '1.03': { en: 'Physical sciences', ru: 'Физические науки', zh: '物理科学' },
  '1.04': { en: 'Chemical sciences', ru: 'Химические науки', zh: '化学科学' },
  '1.05': { en: 'Earth and related environmental sciences', ru: 'Науки о Земле и смежные экологические науки', zh: '地球及相关环境科学' },
  '1.06': { en: 'Biological sciences', ru: 'Биологические науки', zh: '生物科学' },
  '1.07': { en: 'Other natural sciences', ru: 'Другие естественные науки', zh: '其他自然科学' },
  '2.01': { en: 'Civil engineering', ru: 'Гражданское строительство', zh: '土木工程' },
  '2.02': { en: 'Electrical, electronic and information engineering', ru: 'Электротехника, электроника, информационные технологии', zh: '电气、电子与信息工程' },
  '2.03': { en: 'Mechanical engineering', ru: 'Механика и машиностроение', zh: '机械工程' },
  '2.04': { en: 'Chemical engineering', ru: 'Химические технологии', zh: '化学工程' },
  '2.05': { en: 'Materials engineering', ru: 'Технологии материалов', zh: '材料工程' },
  '2.06': { en: 'Medical engineering', ru: 'Медицинские технологии', zh: '医学工程' },
  '2.07': { en: 'Environmental engineering', ru: 'Инженерная экология и недропользование', zh: '环境工程' },
  '2.08': { en: 'Environmental biotechnology', ru: 'Экологические биотехнологии', zh: '环境生物技术' },
  '2.09': { en: 'Industrial biotechnology', ru: 'Промышленные биотехнологии', zh: '工业生物技术' },
  '2.10': { en: 'Nano-technology', ru: 'Нанотехнологии', zh: '纳米技术' },
  '2.11': { en: 'Other engineering and technologies', ru: 'Другие технические науки', zh: '其他工程与技术' },
  '3.01': { en: 'Basic medicine', ru: 'Фундаментальная медицина', zh: '基础医学' },
  '3.02': { en: 'Clinical medicine', ru: 'Клиническая медицина', zh: '临床医学' },
  '3.03': { en: 'Health sciences', ru: 'Науки о здоровье', zh: '健康科学' },
  '3.04': { en: 'Medical biotechnology', ru: 'Медицинские биотехнологии', zh: '医学生物技术' },
  '3.05': { en: 'Other medical sciences', ru: 'Другие медицинские науки', zh: '其他医学科学' },
  '4.01': { en: 'Agriculture, forestry and fisheries', ru: 'Сельское, лесное и рыбное хозяйство', zh: '农业、林业与渔业' },
  '4.02': { en: 'Animal and dairy science', ru: 'Животноводство и молочное дело', zh: '畜牧与乳业科学' },
  '4.03': { en: 'Veterinary science', ru: 'Ветеринария', zh: '兽医学' },
  '4.04': { en: 'Agricultural biotechnology', ru: 'Сельскохозяйственные биотехнологии', zh: '农业生物技术' },
  '4.05': { en: 'Other agricultural sciences', ru: 'Другие сельскохозяйственные науки', zh: '其他农业科学' },
  '5.01': { en: 'Psychology and cognitive sciences', ru: 'Психология и когнитивные науки', zh: '心理学与认知科学' },
  '5.02': { en: 'Economics and business', ru: 'Экономика и бизнес', zh: '经济学与商学' },
  '5.03': { en: 'Education', ru: 'Образование', zh: '教育学' },
  '5.04': { en: 'Sociology', ru: 'Социология', zh: '社会学' },
  '5.05': { en: 'Law', ru: 'Право', zh: '法学' },
  '5.06': { en: 'Political science', ru: 'Политология', zh: '政治学' },
  '5.07': { en: 'Social and economic geography', ru: 'Социальная и экономическая география', zh: '社会与经济地理学' },
  '5.08': { en: 'Media and communications', ru: 'СМИ и коммуникации', zh: '媒体与传播' },
  '5.09': { en: 'Other social sciences', ru: 'Другие социальные науки', zh: '其他社会科学' },
  '6.01': { en: 'History and archaeology', ru: 'История и археология', zh: '历史学与考古学' },
  '6.02': { en: 'Languages and literature', ru: 'Языки и литература', zh: '语言与文学' },
  '6.03': { en: 'Philosophy, ethics and religion', ru: 'Философия, этика и религия', zh: '哲学、伦理学与宗教' },
  '6.04': { en: 'Arts', ru: 'Искусство', zh: '艺术' },
  '6.05': { en: 'Other humanities', ru: 'Другие гуманитарные науки', zh: '其他人文学科' },
} as const;

export type FordCode = keyof typeof fordFields;
export const fordCodes = Object.keys(fordFields) as FordCode[];
/** The shape of a FORD field code: a major field 1–6 and a two-digit field. */
export const fordCodePattern = /^[1-6]\.\d{2}$/;

export function isFordCode(value: string): value is FordCode {
  return value in fordFields;
}
