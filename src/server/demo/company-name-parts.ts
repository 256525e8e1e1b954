import type { DirectionCode } from '../db/reference/directions';

/**
 * Parts from which the demo invents company names. Every generated company is fictitious: the parts
 * are combined at random and every description says "fictitious demo company". Brands that belong to
 * well-known real companies are deliberately absent.
 *
 * Chinese brands carry their pinyin (for English names) and their Palladius transcription (the
 * Russian convention for Chinese names).
 */

export type SectorKey =
  | 'biotech' | 'pharma' | 'materials' | 'composites' | 'medical_devices' | 'electronics' | 'machinery'
  | 'logistics' | 'chemistry' | 'energy' | 'agritech' | 'software' | 'ai' | 'cybersecurity' | 'games'
  | 'fintech' | 'data' | 'design' | 'edtech' | 'telemedicine' | 'cinema' | 'music' | 'crafts' | 'geo';

export type Sector = {
  /** The first direction is the company's main field; the others are added as secondary ones. */
  directions: readonly DirectionCode[];
  /** The industry word of a Chinese company name, its English rendering and a Russian one. */
  chinese: { zh: string; en: string; ru: string };
  /** Roots of Cyrillic brand names with their Latin spelling. */
  roots: readonly (readonly [ru: string, en: string])[];
  /** The industry word of an English and of a German name. */
  en: string;
  de: string;
};

export const sectors: Record<SectorKey, Sector> = {
  biotech: { directions: ['biotechnology', 'industrial_biotechnology'], chinese: { zh: '生物科技', en: 'Biotechnology', ru: 'Биотехнологии' }, roots: [['БиоСинтез', 'BioSynthesis'], ['БиоТех', 'BioTech'], ['Ферментика', 'Fermentica'], ['Генолаб', 'Genolab']], en: 'Biotech', de: 'Biotechnik' },
  pharma: { directions: ['pharmaceuticals', 'biotechnology'], chinese: { zh: '生物医药', en: 'Biopharmaceutical', ru: 'Биофармацевтика' }, roots: [['Фарм', 'Pharm'], ['МедФарм', 'MedPharm'], ['Фармалаб', 'Pharmalab']], en: 'Pharma', de: 'Pharma' },
  materials: { directions: ['new_materials', 'cold_climate_materials'], chinese: { zh: '新材料科技', en: 'New Material Technology', ru: 'Новые материалы' }, roots: [['Полимер', 'Polymer'], ['НаноМат', 'NanoMat'], ['Керамика', 'Ceramics'], ['Сплав', 'Splav']], en: 'Materials', de: 'Werkstoffe' },
  composites: { directions: ['composite_materials', 'new_materials'], chinese: { zh: '复合材料', en: 'Composite Materials', ru: 'Композитные материалы' }, roots: [['Композит', 'Composite'], ['Карбон', 'Carbon'], ['СтеклоВолокно', 'Fiberglass']], en: 'Composites', de: 'Verbundwerkstoffe' },
  medical_devices: { directions: ['medical_devices', 'medicine'], chinese: { zh: '医疗器械', en: 'Medical Devices', ru: 'Медицинское оборудование' }, roots: [['МедТехника', 'MedTechnika'], ['Диагностика', 'Diagnostics'], ['Медиком', 'Medicom']], en: 'Medical', de: 'Medizintechnik' },
  electronics: { directions: ['electronic_components', 'high_tech'], chinese: { zh: '电子科技', en: 'Electronic Technology', ru: 'Электроника' }, roots: [['Электроникс', 'Electronics'], ['Микросхема', 'Microchip'], ['Сенсор', 'Sensor']], en: 'Electronics', de: 'Elektronik' },
  machinery: { directions: ['machinery', 'manufacturing'], chinese: { zh: '智能装备', en: 'Intelligent Equipment', ru: 'Интеллектуальное оборудование' }, roots: [['Маш', 'Mash'], ['Механика', 'Mechanics'], ['СтанкоПром', 'StankoProm']], en: 'Machinery', de: 'Maschinenbau' },
  logistics: { directions: ['logistics'], chinese: { zh: '国际物流', en: 'International Logistics', ru: 'Международная логистика' }, roots: [['Логистик', 'Logistic'], ['ТрансКарго', 'TransCargo'], ['Экспедиция', 'Expedition']], en: 'Logistics', de: 'Logistik' },
  chemistry: { directions: ['chemistry', 'new_materials'], chinese: { zh: '化工', en: 'Chemical', ru: 'Химия' }, roots: [['Хим', 'Chem'], ['Реагент', 'Reagent'], ['ХимСинтез', 'ChemSynthesis']], en: 'Chemicals', de: 'Chemie' },
  energy: { directions: ['renewable_energy', 'energy'], chinese: { zh: '新能源科技', en: 'New Energy Technology', ru: 'Новая энергетика' }, roots: [['Энерго', 'Energo'], ['Солар', 'Solar'], ['ТеплоСистемы', 'TeploSystems']], en: 'Energy', de: 'Energietechnik' },
  agritech: { directions: ['agriculture_food', 'agro_biotechnology'], chinese: { zh: '农业科技', en: 'Agricultural Technology', ru: 'Агротехнологии' }, roots: [['Агро', 'Agro'], ['ФудТех', 'FoodTech'], ['АгроГенетика', 'AgroGenetics']], en: 'Agritech', de: 'Agrartechnik' },
  software: { directions: ['software', 'high_tech'], chinese: { zh: '软件技术', en: 'Software Technology', ru: 'Программные технологии' }, roots: [['Софт', 'Soft'], ['Код', 'Code'], ['Логика', 'Logic'], ['Девелопмент', 'Development'], ['Системс', 'Systems']], en: 'Software', de: 'Software' },
  ai: { directions: ['artificial_intelligence', 'software'], chinese: { zh: '人工智能科技', en: 'Artificial Intelligence Technology', ru: 'Искусственный интеллект' }, roots: [['Нейро', 'Neuro'], ['Интеллект', 'Intellect'], ['Вижн', 'Vision'], ['МашинЛёрн', 'MachineLearn']], en: 'AI', de: 'KI-Systeme' },
  cybersecurity: { directions: ['cybersecurity', 'software'], chinese: { zh: '网络安全技术', en: 'Cybersecurity Technology', ru: 'Кибербезопасность' }, roots: [['Секьюр', 'Secure'], ['Щит', 'Shield'], ['Крипто', 'Crypto']], en: 'Security', de: 'Cybersicherheit' },
  games: { directions: ['game_development', 'software'], chinese: { zh: '互动娱乐', en: 'Interactive Entertainment', ru: 'Интерактивные развлечения' }, roots: [['Геймс', 'Games'], ['Плей', 'Play'], ['Пиксель', 'Pixel']], en: 'Games', de: 'Spiele' },
  fintech: { directions: ['fintech', 'software'], chinese: { zh: '金融科技', en: 'Fintech', ru: 'Финансовые технологии' }, roots: [['Финтех', 'Fintech'], ['Пэй', 'Pay'], ['Ледджер', 'Ledger']], en: 'Fintech', de: 'Finanztechnik' },
  data: { directions: ['data_and_cloud', 'software'], chinese: { zh: '数据科技', en: 'Data Technology', ru: 'Технологии данных' }, roots: [['Дата', 'Data'], ['Клауд', 'Cloud'], ['Аналитикс', 'Analytics']], en: 'Data', de: 'Datentechnik' },
  design: { directions: ['design', 'creative_industries'], chinese: { zh: '创意设计', en: 'Creative Design', ru: 'Креативный дизайн' }, roots: [['Дизайн', 'Design'], ['Арт', 'Art'], ['Форма', 'Forma']], en: 'Design', de: 'Design' },
  edtech: { directions: ['edtech', 'education'], chinese: { zh: '教育科技', en: 'Education Technology', ru: 'Образовательные технологии' }, roots: [['Эдтех', 'Edtech'], ['Скилл', 'Skill'], ['Академия', 'Academy']], en: 'Edtech', de: 'Bildungstechnik' },
  telemedicine: { directions: ['telemedicine', 'software'], chinese: { zh: '健康科技', en: 'Health Technology', ru: 'Цифровое здоровье' }, roots: [['Телемед', 'Telemed'], ['Доктор', 'Doctor'], ['Хелс', 'Health']], en: 'Health', de: 'Telemedizin' },
  cinema: { directions: ['cinema', 'creative_industries'], chinese: { zh: '影视文化', en: 'Film and Culture', ru: 'Кино' }, roots: [['Фильм', 'Film'], ['Кадр', 'Kadr'], ['Синема', 'Cinema']], en: 'Films', de: 'Film' },
  music: { directions: ['music', 'creative_industries'], chinese: { zh: '音乐文化', en: 'Music Culture', ru: 'Музыка' }, roots: [['Саунд', 'Sound'], ['Хомус', 'Khomus'], ['Ритм', 'Rhythm']], en: 'Sound', de: 'Musik' },
  crafts: { directions: ['folk_crafts', 'design'], chinese: { zh: '工艺品', en: 'Arts and Crafts', ru: 'Промыслы' }, roots: [['Узор', 'Uzor'], ['Ремесло', 'Remeslo'], ['Мастерская', 'Masterskaya']], en: 'Crafts', de: 'Kunsthandwerk' },
  geo: { directions: ['geoinformatics', 'mining'], chinese: { zh: '地理信息', en: 'Geoinformation', ru: 'Геоинформатика' }, roots: [['ГеоДата', 'GeoData'], ['Недра', 'Nedra'], ['Гео', 'Geo']], en: 'Geo', de: 'Geoinformatik' },
};

export type ChineseBrand = { zh: string; en: string; ru: string };

/** Invented two-character brands; "瑞川" is kept for the hand-made demo member company. */
export const chineseBrands: readonly ChineseBrand[] = [
  { zh: '华拓', en: 'Huatuo', ru: 'Хуато' }, { zh: '中岚', en: 'Zhonglan', ru: 'Чжунлань' },
  { zh: '博沃', en: 'Bowo', ru: 'Бово' }, { zh: '凯晟', en: 'Kaisheng', ru: 'Кайшэн' },
  { zh: '恒远', en: 'Hengyuan', ru: 'Хэнъюань' }, { zh: '泰和', en: 'Taihe', ru: 'Тайхэ' },
  { zh: '新宇', en: 'Xinyu', ru: 'Синьюй' }, { zh: '安澜', en: 'Anlan', ru: 'Аньлань' },
  { zh: '远航', en: 'Yuanhang', ru: 'Юаньхан' }, { zh: '明德', en: 'Mingde', ru: 'Миндэ' },
  { zh: '嘉禾', en: 'Jiahe', ru: 'Цзяхэ' }, { zh: '天衡', en: 'Tianheng', ru: 'Тяньхэн' },
  { zh: '云帆', en: 'Yunfan', ru: 'Юньфань' }, { zh: '启明', en: 'Qiming', ru: 'Цимин' },
  { zh: '鼎新', en: 'Dingxin', ru: 'Динсинь' }, { zh: '万泓', en: 'Wanhong', ru: 'Ваньхун' },
  { zh: '清岳', en: 'Qingyue', ru: 'Цинъюэ' }, { zh: '澄宇', en: 'Chengyu', ru: 'Чэнъюй' },
  { zh: '聚力', en: 'Juli', ru: 'Цзюйли' }, { zh: '汉森', en: 'Hansen', ru: 'Ханьсэнь' },
  { zh: '和鼎', en: 'Heding', ru: 'Хэдин' }, { zh: '东极', en: 'Dongji', ru: 'Дунцзи' },
  { zh: '北辰', en: 'Beichen', ru: 'Бэйчэнь' }, { zh: '驰远', en: 'Chiyuan', ru: 'Чиюань' },
  { zh: '锦泽', en: 'Jinze', ru: 'Цзиньцзэ' }, { zh: '融拓', en: 'Rongtuo', ru: 'Жунто' },
  { zh: '睿德', en: 'Ruide', ru: 'Жуйдэ' }, { zh: '星桥', en: 'Xingqiao', ru: 'Синцяо' },
  { zh: '蓝岭', en: 'Lanling', ru: 'Ланьлин' }, { zh: '宏图', en: 'Hongtu', ru: 'Хунту' },
  { zh: '康泽', en: 'Kangze', ru: 'Канцзэ' }, { zh: '佳恒', en: 'Jiaheng', ru: 'Цзяхэн' },
];

export type Place = { ru: string; region: string | null };
export type ChineseCity = Place & { zh: string; en: string };

export const chineseCities: readonly ChineseCity[] = [
  { zh: '北京', en: 'Beijing', ru: 'Пекин', region: 'CN-BJ' }, { zh: '上海', en: 'Shanghai', ru: 'Шанхай', region: 'CN-SH' },
  { zh: '深圳', en: 'Shenzhen', ru: 'Шэньчжэнь', region: 'CN-GD' }, { zh: '苏州', en: 'Suzhou', ru: 'Сучжоу', region: 'CN-JS' },
  { zh: '成都', en: 'Chengdu', ru: 'Чэнду', region: 'CN-SC' }, { zh: '武汉', en: 'Wuhan', ru: 'Ухань', region: 'CN-HB' },
  { zh: '青岛', en: 'Qingdao', ru: 'Циндао', region: 'CN-SD' }, { zh: '哈尔滨', en: 'Harbin', ru: 'Харбин', region: 'CN-HL' },
  { zh: '杭州', en: 'Hangzhou', ru: 'Ханчжоу', region: 'CN-ZJ' }, { zh: '天津', en: 'Tianjin', ru: 'Тяньцзинь', region: 'CN-TJ' },
  { zh: '西安', en: 'Xi’an', ru: 'Сиань', region: 'CN-SN' }, { zh: '长春', en: 'Changchun', ru: 'Чанчунь', region: 'CN-JL' },
  { zh: '广州', en: 'Guangzhou', ru: 'Гуанчжоу', region: 'CN-GD' }, { zh: '南京', en: 'Nanjing', ru: 'Нанкин', region: 'CN-JS' },
];

/** Countries whose companies get Cyrillic names, with their brand prefixes, legal forms and cities. */
export type CyrillicCountry = 'BY' | 'RU' | 'RU-SA' | 'KZ' | 'UZ' | 'AM';

export const cyrillicNaming: Record<CyrillicCountry, {
  prefixes: readonly (readonly [ru: string, en: string])[];
  legalForms: readonly (readonly [readonly [ru: string, en: string], number])[];
  places: readonly (readonly [Place, number])[];
}> = {
  BY: {
    prefixes: [['Бел', 'Bel'], ['Мин', 'Min'], ['Нёман', 'Neman'], ['Полесье', 'Polesie'], ['Свислочь', 'Svisloch'], ['Березина', 'Berezina'], ['Зубр', 'Zubr']],
    legalForms: [[['ООО', 'LLC'], 50], [['ЧУП', 'PUE'], 25], [['ОДО', 'ALC'], 10], [['ЗАО', 'CJSC'], 10], [['ОАО', 'OJSC'], 5]],
    places: [[{ ru: 'Минск', region: 'BY-HM' }, 60], [{ ru: 'Брест', region: 'BY-BR' }, 6], [{ ru: 'Гомель', region: 'BY-HO' }, 7], [{ ru: 'Гродно', region: 'BY-HR' }, 6], [{ ru: 'Могилёв', region: 'BY-MA' }, 5], [{ ru: 'Витебск', region: 'BY-VI' }, 6], [{ ru: 'Новополоцк', region: 'BY-VI' }, 4], [{ ru: 'Борисов', region: 'BY-MI' }, 6]],
  },
  RU: {
    prefixes: [['Сиб', 'Sib'], ['Урал', 'Ural'], ['Волга', 'Volga'], ['Нева', 'Neva'], ['Рус', 'Rus'], ['Кама', 'Kama'], ['Байкал', 'Baikal'], ['Амур', 'Amur']],
    legalForms: [[['ООО', 'LLC'], 80], [['АО', 'JSC'], 20]],
    places: [[{ ru: 'Москва', region: 'RU-MOW' }, 30], [{ ru: 'Санкт-Петербург', region: 'RU-SPE' }, 15], [{ ru: 'Новосибирск', region: 'RU-NVS' }, 10], [{ ru: 'Екатеринбург', region: 'RU-SVE' }, 8], [{ ru: 'Казань', region: 'RU-TA' }, 8], [{ ru: 'Томск', region: 'RU-TOM' }, 6], [{ ru: 'Красноярск', region: 'RU-KYA' }, 5], [{ ru: 'Иркутск', region: 'RU-IRK' }, 5], [{ ru: 'Хабаровск', region: 'RU-KHA' }, 5], [{ ru: 'Владивосток', region: 'RU-PRI' }, 5]],
  },
  'RU-SA': {
    prefixes: [['Саха', 'Sakha'], ['Якут', 'Yakut'], ['Лена', 'Lena'], ['Кэскил', 'Keskil'], ['Сайдыы', 'Saidyy'], ['Туймаада', 'Tuymaada'], ['Алгыс', 'Algys'], ['Дьулуур', 'Dyuluur'], ['Хотугу', 'Khotugu'], ['Арктик', 'Arktik']],
    legalForms: [[['ООО', 'LLC'], 90], [['АО', 'JSC'], 10]],
    places: [[{ ru: 'Якутск', region: 'RU-SA' }, 85], [{ ru: 'Нерюнгри', region: 'RU-SA' }, 8], [{ ru: 'Мирный', region: 'RU-SA' }, 7]],
  },
  KZ: {
    prefixes: [['Астана', 'Astana'], ['Алатау', 'Alatau'], ['Дала', 'Dala'], ['Каспий', 'Caspi'], ['Тенгри', 'Tengri']],
    legalForms: [[['ТОО', 'LLP'], 85], [['АО', 'JSC'], 15]],
    places: [[{ ru: 'Астана', region: null }, 45], [{ ru: 'Алматы', region: null }, 45], [{ ru: 'Караганда', region: null }, 10]],
  },
  UZ: {
    prefixes: [['Туран', 'Turan'], ['Ипак', 'Ipak'], ['Зарафшан', 'Zarafshan'], ['Самарканд', 'Samarkand']],
    legalForms: [[['ООО', 'LLC'], 100]],
    places: [[{ ru: 'Ташкент', region: null }, 80], [{ ru: 'Самарканд', region: null }, 20]],
  },
  AM: {
    prefixes: [['Арарат', 'Ararat'], ['Севан', 'Sevan'], ['Арагац', 'Aragats']],
    legalForms: [[['ООО', 'LLC'], 100]],
    places: [[{ ru: 'Ереван', region: null }, 100]],
  },
};

/** Countries whose companies get Latin names only. */
export type LatinCountry = 'DE' | 'AE' | 'IN';

export const latinNaming: Record<LatinCountry, { prefixes: readonly string[]; legalForm: string; places: readonly Place[] }> = {
  DE: { prefixes: ['Nordlicht', 'Rheinfeld', 'Elbtal', 'Alpenblick', 'Hansekogge', 'Spreewerk', 'Isartal'], legalForm: 'GmbH', places: [{ ru: 'Берлин', region: null }, { ru: 'Мюнхен', region: null }, { ru: 'Гамбург', region: null }, { ru: 'Дрезден', region: null }] },
  AE: { prefixes: ['Gulf Falcon', 'Desert Pearl', 'Oasis Bridge', 'Dune Crest', 'Saffron Gate'], legalForm: 'FZ-LLC', places: [{ ru: 'Дубай', region: null }, { ru: 'Абу-Даби', region: null }] },
  IN: { prefixes: ['Nilavan', 'Vayuteja', 'Kaverix', 'Suryansh'], legalForm: 'Pvt. Ltd.', places: [{ ru: 'Бангалор', region: null }, { ru: 'Пуна', region: null }] },
};
