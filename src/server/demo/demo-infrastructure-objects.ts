import type { infrastructureObjects } from '../db/schema/index';
import { orgKeys } from './demo-world-types';

type Text = { ru: string; en: string; zh: string };
type History = [status: 'available' | 'reserved' | 'occupied', monthsAgo: number][];

/**
 * What the demo parks offer. "Great Stone" lies by the M1 highway and the National Airport, near
 * Smolevichi, east of Minsk; the positions are plausible points of its territory, not surveyed
 * ones, and prices are demo values. `history` is each object's statuses, oldest first, months
 * before the day the demo is built: occupancy over time is drawn from it.
 */
export type InfrastructureSeed = Omit<typeof infrastructureObjects.$inferInsert, 'id' | 'ecosystemId' | 'status' | 'areaM2' | 'createdAt' | 'updatedAt'
  | 'nameRu' | 'nameEn' | 'nameZh' | 'addressRu' | 'addressEn' | 'addressZh' | 'taxRegimeRu' | 'taxRegimeEn' | 'taxRegimeZh' | 'descriptionRu' | 'descriptionEn' | 'descriptionZh' | 'conditionsRu' | 'conditionsEn' | 'conditionsZh'> & {
  key: string;
  ecosystemKey: string;
  name: Text;
  address: Text;
  description?: Text;
  conditions?: Text;
  history: History;
};

export const greatStoneTaxRegime: Text = {
  ru: 'Резиденты освобождены от налога на прибыль на 10 лет с года первой прибыли, далее платят его по половинной ставке; освобождены от налога на недвижимость и земельного налога на весь срок работы парка (демо-описание режима).',
  en: 'Residents pay no profit tax for 10 years from their first profitable year and half the rate afterwards; no real estate or land tax for the life of the park (a demo summary of the regime).',
  zh: '入驻企业自首个盈利年度起10年免征利润税，此后按50%税率缴纳；园区存续期内免征不动产税和土地税（演示说明）。',
};
const hiTechParkTaxRegime: Text = {
  ru: 'Режим ПВТ: освобождение от налога на прибыль и НДС по профильной деятельности, подоходный налог 13 % (демо-описание).',
  en: 'The Hi-Tech Park regime: no profit tax or VAT on the core activity, 13 % personal income tax (a demo summary).',
  zh: '高科技园区制度：核心业务免征利润税和增值税，个人所得税13%（演示说明）。',
};
const yakutiaTaxRegime: Text = {
  ru: 'Льготы резидентам по законам Республики Саха (Якутия): пониженная ставка налога на имущество и льготная аренда (демо-описание).',
  en: 'Benefits for residents under the laws of the Republic of Sakha (Yakutia): a reduced property tax rate and preferential rent (a demo summary).',
  zh: '根据萨哈（雅库特）共和国法律给予入驻企业优惠：降低财产税税率并提供优惠租金（演示说明）。',
};

const gs = orgKeys.greatStone;
const gsAddress = (ru: string, en: string, zh: string): Text => ({ ru: `Смолевичский р-н, Минская обл., индустриальный парк «Великий камень», ${ru}`, en: `Great Stone Industrial Park, Smolevichi district, Minsk region, ${en}`, zh: `明斯克州斯莫列维奇区中白工业园“巨石”，${zh}` });
const lease = (ru: string, en: string, zh: string): Text => ({ ru, en, zh });

export const demoInfrastructure: InfrastructureSeed[] = [
  {
    key: 'gs-business-center-a', ecosystemKey: gs, type: 'office', latitude: 53.9418, longitude: 28.0903, area: 1200, areaUnit: 'm2', capacity: 110, powerKw: 250,
    utilities: ['water', 'sewerage', 'heating', 'internet', 'road_access'], price: 14, currency: 'USD', priceUnit: 'm2', pricePeriod: 'month', dealType: 'lease', unitsFree: 8,
    name: { ru: 'Офисы в административно-деловом центре, блок А', en: 'Offices in the business center, block A', zh: '行政商务中心A座办公室' },
    address: gsAddress('проспект Пекинский, 18', '18 Beijing Avenue', '北京大街18号'),
    description: { ru: 'Отделанные офисы от 40 до 300 м² с мебелью, переговорными и столовой на первом этаже.', en: 'Finished offices of 40 to 300 m² with furniture, meeting rooms and a canteen on the ground floor.', zh: '40至300平方米的精装修办公室，配有家具和会议室，一楼设有餐厅。' },
    conditions: lease('Аренда от 11 месяцев; коммунальные платежи по счётчикам.', 'Lease from 11 months; utilities metered.', '租期11个月起；水电按表计费。'),
    history: [['available', 26]],
  },
  {
    key: 'gs-business-center-b', ecosystemKey: gs, type: 'office', latitude: 53.9424, longitude: 28.0921, area: 650, areaUnit: 'm2', capacity: 60,
    utilities: ['water', 'sewerage', 'heating', 'internet'], price: 13, currency: 'USD', priceUnit: 'm2', pricePeriod: 'month', dealType: 'lease', unitsFree: 0,
    name: { ru: 'Офисы в административно-деловом центре, блок Б', en: 'Offices in the business center, block B', zh: '行政商务中心B座办公室' },
    address: gsAddress('проспект Пекинский, 18/2', '18/2 Beijing Avenue', '北京大街18/2号'),
    history: [['available', 22], ['reserved', 3]],
  },
  {
    key: 'gs-business-center-c', ecosystemKey: gs, type: 'office', latitude: 53.9411, longitude: 28.0934, area: 320, areaUnit: 'm2', capacity: 30,
    utilities: ['water', 'heating', 'internet'], price: 13, currency: 'USD', priceUnit: 'm2', pricePeriod: 'month', dealType: 'lease', unitsFree: 0,
    name: { ru: 'Офисный этаж для резидента-разработчика', en: 'Office floor of a software resident', zh: '软件企业办公楼层' },
    address: gsAddress('проспект Пекинский, 20', '20 Beijing Avenue', '北京大街20号'),
    history: [['available', 24], ['reserved', 18], ['occupied', 16]],
  },
  {
    key: 'gs-logistics-1', ecosystemKey: gs, type: 'warehouse', latitude: 53.9262, longitude: 28.1217, area: 12_000, areaUnit: 'm2', powerKw: 600,
    utilities: ['water', 'sewerage', 'heating', 'rail_access', 'road_access'], price: 5.5, currency: 'USD', priceUnit: 'm2', pricePeriod: 'month', dealType: 'lease', availableFrom: '2027-03-01', unitsFree: 4,
    name: { ru: 'Логистический склад класса А № 1', en: 'Class A logistics warehouse No. 1', zh: '1号A级物流仓库' },
    address: gsAddress('логистическая зона, ул. Шёлкового пути, 3', 'logistics zone, 3 Silk Road Street', '物流区丝绸之路街3号'),
    description: { ru: 'Стеллажное хранение, высота 12 м, 24 дока, ж/д ветка к станции Смолевичи, 2 км до трассы М1.', en: 'Racked storage, 12 m clear height, 24 docks, a rail spur to Smolevichi station, 2 km to the M1 highway.', zh: '货架仓储，净高12米，24个装卸口，铁路专用线连接斯莫列维奇站，距M1高速公路2公里。' },
    history: [['available', 12]],
  },
  {
    key: 'gs-logistics-2', ecosystemKey: gs, type: 'warehouse', latitude: 53.9249, longitude: 28.1266, area: 6000, areaUnit: 'm2', powerKw: 300,
    utilities: ['water', 'heating', 'rail_access', 'road_access'], price: 6, currency: 'USD', priceUnit: 'm2', pricePeriod: 'month', dealType: 'lease', unitsFree: 0,
    name: { ru: 'Таможенный склад № 2', en: 'Bonded warehouse No. 2', zh: '2号保税仓库' },
    address: gsAddress('логистическая зона, ул. Шёлкового пути, 5', 'logistics zone, 5 Silk Road Street', '物流区丝绸之路街5号'),
    history: [['available', 25], ['occupied', 19]],
  },
  {
    key: 'gs-hotel', ecosystemKey: gs, type: 'hotel', latitude: 53.9436, longitude: 28.0869, area: 7800, areaUnit: 'm2', capacity: 120,
    utilities: ['water', 'sewerage', 'heating', 'internet'], price: 55, currency: 'USD', priceUnit: 'room', pricePeriod: 'night', dealType: 'lease', unitsFree: 35,
    name: { ru: 'Гостиница делового центра', en: 'Business center hotel', zh: '商务中心酒店' },
    address: gsAddress('проспект Пекинский, 16', '16 Beijing Avenue', '北京大街16号'),
    description: { ru: 'Номера для делегаций и командированных сотрудников резидентов; конференц-зал на 150 мест.', en: 'Rooms for delegations and residents’ staff on business trips; a conference hall for 150.', zh: '供代表团和入驻企业出差员工入住的客房；设有150座会议厅。' },
    history: [['available', 26]],
  },
  {
    key: 'gs-production-building', ecosystemKey: gs, type: 'production_building', latitude: 53.9335, longitude: 28.1412, area: 4800, areaUnit: 'm2', powerKw: 1500,
    utilities: ['water', 'sewerage', 'gas', 'heating', 'road_access'], price: 6.5, currency: 'USD', priceUnit: 'm2', pricePeriod: 'month', dealType: 'lease_or_sale', unitsFree: 1,
    name: { ru: 'Стандартный производственный корпус № 4', en: 'Standard production building No. 4', zh: '4号标准厂房' },
    address: gsAddress('производственная зона, ул. Индустриальная, 11', 'industrial zone, 11 Industrialnaya Street', '生产区工业街11号'),
    conditions: lease('Аренда с правом выкупа; кран-балка 10 т.', 'Lease with an option to buy; 10 t overhead crane.', '租赁并可回购；配10吨桥式起重机。'),
    history: [['available', 20], ['reserved', 9], ['available', 7]],
  },
  {
    key: 'gs-production-building-2', ecosystemKey: gs, type: 'production_building', latitude: 53.9352, longitude: 28.1468, area: 9600, areaUnit: 'm2', powerKw: 3000,
    utilities: ['water', 'sewerage', 'gas', 'heating', 'road_access'], price: 6.5, currency: 'USD', priceUnit: 'm2', pricePeriod: 'month', dealType: 'lease', unitsFree: 0,
    name: { ru: 'Стандартный производственный корпус № 2', en: 'Standard production building No. 2', zh: '2号标准厂房' },
    address: gsAddress('производственная зона, ул. Индустриальная, 7', 'industrial zone, 7 Industrialnaya Street', '生产区工业街7号'),
    history: [['available', 26], ['reserved', 22], ['occupied', 20]],
  },
  {
    key: 'gs-production-site', ecosystemKey: gs, type: 'production_site', latitude: 53.9521, longitude: 28.1603, area: 12, areaUnit: 'ha', powerKw: 5000,
    utilities: ['water', 'sewerage', 'gas', 'rail_access', 'road_access'], price: 2500, currency: 'USD', priceUnit: 'ha', pricePeriod: 'year', dealType: 'lease', unitsFree: 1,
    name: { ru: 'Площадка с инженерными сетями, сектор Е', en: 'Serviced production site, sector E', zh: 'E区配套生产用地' },
    address: gsAddress('сектор Е', 'sector E', 'E区'),
    conditions: lease('Аренда земли на 99 лет; сети подведены к границе участка.', 'Land lease for 99 years; utilities brought to the plot boundary.', '土地租期99年；市政管网已接至地块边界。'),
    history: [['available', 26]],
  },
  {
    key: 'gs-land-plot', ecosystemKey: gs, type: 'land_plot', latitude: 53.9604, longitude: 28.1821, area: 25, areaUnit: 'ha', powerKw: 8000,
    utilities: ['water', 'gas', 'rail_access', 'road_access'], price: 2000, currency: 'USD', priceUnit: 'ha', pricePeriod: 'year', dealType: 'lease', unitsFree: 1,
    name: { ru: 'Земельный участок 25 га у ж/д ветки', en: '25 ha land plot by the rail spur', zh: '铁路专用线旁25公顷地块' },
    address: gsAddress('сектор Ж', 'sector G', 'G区'),
    history: [['available', 26], ['reserved', 5]],
  },
  {
    key: 'gs-lab', ecosystemKey: gs, type: 'laboratory', latitude: 53.9446, longitude: 28.0957, area: 900, areaUnit: 'm2', powerKw: 400,
    utilities: ['water', 'sewerage', 'heating', 'internet'], price: 16, currency: 'USD', priceUnit: 'm2', pricePeriod: 'month', dealType: 'lease', unitsFree: 3,
    name: { ru: 'Лаборатории научно-технологического центра', en: 'Laboratories of the science and technology center', zh: '科技中心实验室' },
    address: gsAddress('проспект Пекинский, 22', '22 Beijing Avenue', '北京大街22号'),
    history: [['available', 14]],
  },
  {
    key: 'gs-residential', ecosystemKey: gs, type: 'housing', latitude: 53.9472, longitude: 28.0788, area: 3.4, areaUnit: 'ha', capacity: 240,
    utilities: ['water', 'sewerage', 'heating', 'internet', 'road_access'], price: 450, currency: 'USD', priceUnit: 'object', pricePeriod: 'month', dealType: 'lease', unitsFree: 46,
    name: { ru: 'Жилой микрорайон «Великий камень»', en: 'Great Stone residential micro-district', zh: '“巨石”住宅小区' },
    address: gsAddress('жилая зона, ул. Дружбы, 1–9', 'residential zone, 1–9 Druzhby Street', '住宅区友谊街1–9号'),
    description: { ru: 'Квартиры для сотрудников резидентов, школа и детский сад рядом; цена — за квартиру в месяц.', en: 'Flats for residents’ employees, a school and a kindergarten nearby; the price is per flat a month.', zh: '供入驻企业员工居住的公寓，附近有学校和幼儿园；价格按每套每月计。' },
    history: [['available', 26]],
  },
  {
    key: 'htp-coworking', ecosystemKey: orgKeys.hiTechPark, type: 'coworking', latitude: 53.9285, longitude: 27.6843, area: 540, areaUnit: 'm2', capacity: 60,
    utilities: ['heating', 'internet'], price: 180, currency: 'BYN', priceUnit: 'workplace', pricePeriod: 'month', dealType: 'lease', unitsFree: 14,
    name: { ru: 'Коворкинг ПВТ', en: 'Hi-Tech Park coworking', zh: '高科技园区联合办公空间' },
    address: { ru: 'Минск, ул. Купревича, 1/1', en: '1/1 Kuprevicha Street, Minsk', zh: '明斯克库普列维奇街1/1号' },
    history: [['available', 18]],
  },
  {
    key: 'htp-offices', ecosystemKey: orgKeys.hiTechPark, type: 'office', latitude: 53.9301, longitude: 27.6881, area: 2400, areaUnit: 'm2', capacity: 220,
    utilities: ['water', 'heating', 'internet'], price: 18, currency: 'USD', priceUnit: 'm2', pricePeriod: 'month', dealType: 'lease', unitsFree: 2,
    name: { ru: 'Офисы в здании ПВТ', en: 'Offices in the Hi-Tech Park building', zh: '高科技园区大楼办公室' },
    address: { ru: 'Минск, ул. Купревича, 1/5', en: '1/5 Kuprevicha Street, Minsk', zh: '明斯克库普列维奇街1/5号' },
    history: [['available', 24], ['reserved', 2]],
  },
  {
    key: 'yakutia-technopark-lab', ecosystemKey: orgKeys.technoparkYakutia, type: 'laboratory', latitude: 62.0297, longitude: 129.7224, area: 250, areaUnit: 'm2', powerKw: 120,
    utilities: ['water', 'sewerage', 'heating', 'internet'], price: 900, currency: 'RUB', priceUnit: 'm2', pricePeriod: 'month', dealType: 'lease', unitsFree: 2,
    name: { ru: 'Лаборатории Технопарка «Якутия»', en: 'Laboratories of Technopark “Yakutia”', zh: '“雅库特”科技园实验室' },
    address: { ru: 'Якутск, Покровский тракт (демо-адрес)', en: 'Pokrovsky Tract, Yakutsk (demo address)', zh: '雅库茨克波克罗夫斯基公路（演示地址）' },
    history: [['available', 20]],
  },
  {
    key: 'yakutia-it-park-coworking', ecosystemKey: orgKeys.itPark, type: 'coworking', latitude: 62.0351, longitude: 129.7418, area: 420, areaUnit: 'm2', capacity: 40,
    utilities: ['heating', 'internet'], price: 6000, currency: 'RUB', priceUnit: 'workplace', pricePeriod: 'month', dealType: 'lease', unitsFree: 9,
    name: { ru: 'Коворкинг ИТ-парка', en: 'IT Park coworking', zh: 'IT园区联合办公空间' },
    address: { ru: 'Якутск, ул. Кулаковского (демо-адрес)', en: 'Kulakovskogo Street, Yakutsk (demo address)', zh: '雅库茨克库拉科夫斯基街（演示地址）' },
    history: [['available', 26], ['reserved', 10], ['available', 8]],
  },
];

export const taxRegimeOf: Record<string, Text> = {
  [gs]: greatStoneTaxRegime,
  [orgKeys.hiTechPark]: hiTechParkTaxRegime,
  [orgKeys.technoparkYakutia]: yakutiaTaxRegime,
  [orgKeys.itPark]: yakutiaTaxRegime,
};
