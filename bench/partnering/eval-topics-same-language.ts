import type { EvalProfileText } from './eval-set';

/**
 * A fourth profile for some topics, written in the same language as a complementary profile of the
 * topic, so that the set also holds same-language pairs the full-text baseline can find. Keyed by the
 * topic's position in `evalTopics`; `side` is whether it offers or asks.
 */
export const sameLanguageExtras: { topic: number; side: 'offer' | 'request'; profile: EvalProfileText }[] = [
  { topic: 0, side: 'request', profile: ['zh', 'cell_technologies', '寻求干细胞培养生物反应器', '细胞治疗企业寻求用于干细胞扩增的一次性生物反应器。'] },
  { topic: 1, side: 'offer', profile: ['zh', 'laboratory_diagnostics', '呼吸道感染PCR检测试剂盒', '生产用于呼吸道感染诊断的PCR检测试剂盒，已获注册证。'] },
  { topic: 3, side: 'offer', profile: ['ru', 'food_biotechnology', 'Пробиотические закваски для молочных заводов', 'Поставляем заквасочные культуры и пробиотики для кисломолочной продукции.'] },
  { topic: 6, side: 'offer', profile: ['ru', 'precision_agriculture', 'Агродроны и мониторинг полей', 'Беспилотники для мониторинга полей и дифференцированного внесения удобрений в точном земледелии.'] },
  { topic: 9, side: 'offer', profile: ['ru', 'telemedicine', 'Платформа телемедицины с удалённым ЭКГ', 'Платформа телемедицины: видеоконсультации и удалённый мониторинг ЭКГ пациентов.'] },
  { topic: 17, side: 'offer', profile: ['ru', 'computer_vision', 'Машинное зрение для контроля качества', 'Система компьютерного зрения для поиска дефектов продукции на конвейере.'] },
  { topic: 19, side: 'request', profile: ['en', 'cybersecurity', 'Plant seeks security monitoring and penetration testing', 'A manufacturer seeks cybersecurity monitoring and penetration testing for its plants.'] },
  { topic: 20, side: 'request', profile: ['en', 'internet_of_things', 'Utility seeks IoT sensors for substations', 'A utility seeks wireless IoT sensors for predictive maintenance at substations.'] },
  { topic: 23, side: 'offer', profile: ['en', 'unmanned_aerial_vehicles', 'Cargo drones for remote settlements', 'Cargo drones delivering parcels and medicines to remote villages.'] },
  { topic: 26, side: 'offer', profile: ['ru', 'edtech', 'Онлайн-курсы программирования для детей', 'Онлайн-платформа, где дети учатся программированию и робототехнике.'] },
  { topic: 34, side: 'request', profile: ['ru', 'composite_materials', 'Ищем композитную арматуру для мостов', 'Мостостроительная компания ищет стеклопластиковую или базальтовую арматуру вместо стальной.'] },
  { topic: 38, side: 'offer', profile: ['ru', 'mining_equipment', 'Поставка карьерных самосвалов', 'Поставляем карьерные самосвалы и запчасти к ним для угольных разрезов.'] },
  { topic: 40, side: 'request', profile: ['ru', 'distributed_energy', 'Нужна гибридная электростанция для посёлка', 'Администрация улуса ищет солнечно-дизельную электростанцию с накопителем для изолированного посёлка.'] },
  { topic: 44, side: 'request', profile: ['zh', 'logistics', '寻求中欧班列集装箱运输', '进口商寻求经白俄罗斯的中欧班列集装箱运输服务。'] },
  { topic: 46, side: 'request', profile: ['zh', 'permafrost_foundations', '寻求冻土地基热稳定装置', '建筑公司寻求用于冻土地基的热管稳定装置。'] },
  { topic: 48, side: 'request', profile: ['zh', 'additive_manufacturing', '寻求金属3D打印备件服务', '矿山设备维修厂寻求金属3D打印备件服务。'] },
];
