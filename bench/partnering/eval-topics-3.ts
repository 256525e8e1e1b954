import type { EvalTopic } from './eval-set';

/** Materials, mining, energy, logistics, construction and investment. */
export const topicsIndustry: EvalTopic[] = [
  { kind: 'technology', third: 'offer', profiles: [
    ['ru', 'composite_materials', 'Базальтовая композитная арматура', 'Производим базальтопластиковую арматуру для дорожного строительства, она не подвержена коррозии.'],
    ['zh', 'building_materials', '寻求玄武岩纤维筋材', '路桥公司寻求耐腐蚀的玄武岩纤维复合筋材替代钢筋。'],
    ['en', 'composite_materials', 'Basalt fibre rebar', 'Basalt fibre composite rebar replacing steel in roads and bridges; corrosion-free and light.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['zh', 'cold_climate_materials', '耐寒橡胶密封件', '可在零下60度使用的耐寒橡胶密封件，适用于矿山设备和管道。'],
    ['ru', 'cold_climate_materials', 'Нужны морозостойкие уплотнения', 'Горнодобывающая компания ищет морозостойкие резиновые уплотнения для техники, работающей при минус 50.'],
    ['en', 'polymer_materials', 'Cold-resistant seals for Arctic pipelines', 'An operator seeks frost-resistant rubber seals for pipelines in the Arctic.'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['en', 'diamonds', 'Diamond sorting by X-ray luminescence', 'X-ray luminescent separators for diamond recovery at processing plants.'],
    ['ru', 'mineral_processing', 'Ищем рентгенолюминесцентные сепараторы', 'Обогатительная фабрика ищет рентгенолюминесцентные сепараторы для извлечения алмазов.'],
    ['zh', 'diamonds', '钻石X射线分选设备', '提供用于金刚石选矿的X射线发光分选机。'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['ru', 'precious_metals', 'Кучное выщелачивание золота при низких температурах', 'Технология кучного выщелачивания золота, адаптированная к условиям Севера.'],
    ['zh', 'precious_metals', '寻求低温堆浸提金技术', '黄金矿山需要适用于寒冷气候的堆浸提金工艺。'],
    ['en', 'precious_metals', 'Gold heap leaching for a northern deposit', 'A gold miner seeks heap leaching technology for a deposit with long winters.'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['zh', 'mining_equipment', '电动矿用自卸车', '大载重电动矿用自卸车，适用于露天开采。'],
    ['ru', 'mining_equipment', 'Нужны карьерные самосвалы', 'Угольный разрез ищет карьерные самосвалы, в том числе с электроприводом, для открытой добычи.'],
    ['en', 'mining_equipment', 'Electric haul trucks for open-pit mines', 'Battery-electric haul trucks and charging for open-pit mining.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['en', 'rare_earths', 'Rare earth separation technology', 'Solvent extraction process for separating rare earth metals from concentrates.'],
    ['ru', 'rare_earths', 'Ищем технологию разделения редкоземельных металлов', 'Компания с месторождением ищет технологию разделения редкоземельных элементов.'],
    ['zh', 'rare_earths', '寻求稀土分离合作', '稀土企业寻求稀土分离与提纯技术合作。'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['ru', 'solar_energy', 'Солнечные электростанции для изолированных посёлков', 'Строим гибридные солнечно-дизельные электростанции с накопителями для изолированных посёлков.'],
    ['en', 'distributed_energy', 'Hybrid power for off-grid villages', 'A utility seeks solar-diesel hybrid power plants with battery storage for off-grid settlements.'],
    ['zh', 'solar_energy', '离网光伏储能电站', '为偏远村庄提供光伏加储能的离网电站解决方案。'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['zh', 'energy_storage', '磷酸铁锂储能系统', '集装箱式磷酸铁锂电池储能系统，适用于电网调峰和微电网。'],
    ['ru', 'energy_storage', 'Нужны системы накопления энергии', 'Сетевая компания ищет литий-ионные системы накопления энергии для микросетей.'],
    ['en', 'energy_storage', 'Battery storage for a microgrid', 'A mining camp seeks lithium battery energy storage for its microgrid.'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['en', 'hydrogen_energy', 'PEM electrolysers for green hydrogen', 'PEM electrolysers producing hydrogen from renewable power, 1–5 MW.'],
    ['zh', 'hydrogen_energy', '寻求电解水制氢设备', '能源公司需要质子交换膜电解槽用于绿氢示范项目。'],
    ['ru', 'hydrogen_energy', 'Электролизёры для производства водорода', 'Производим электролизёры для получения водорода на возобновляемой энергии.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['ru', 'heat_supply', 'Тепловые насосы для холодного климата', 'Тепловые насосы, работающие при температуре до минус 35, для отопления зданий.'],
    ['en', 'energy_efficient_buildings', 'Heat pumps for schools in cold climates', 'A region seeks cold-climate heat pumps to replace coal boilers in schools.'],
    ['zh', 'heat_supply', '寻求低温空气源热泵', '北方供暖企业需要超低温空气源热泵。'],
  ] },
  { kind: 'business', third: 'offer', profiles: [
    ['zh', 'logistics', '中欧班列集装箱运输', '提供经白俄罗斯的中欧班列集装箱运输和清关服务。'],
    ['ru', 'logistics', 'Ищем перевозчика контейнеров из Китая', 'Импортёр ищет железнодорожные контейнерные перевозки из Китая с таможенным оформлением.'],
    ['en', 'warehousing', 'Rail freight China–Europe with customs clearance', 'Container rail freight from China via Belarus, bonded warehouse and customs clearance.'],
  ] },
  { kind: 'business', third: 'request', profiles: [
    ['en', 'arctic_logistics', 'Northern Sea Route shipping', 'Cargo shipping along the Northern Sea Route with ice-class vessels.'],
    ['ru', 'northern_supply', 'Нужны перевозки по Северному морскому пути', 'Компания северного завоза ищет перевозку грузов по Северному морскому пути.'],
    ['zh', 'arctic_logistics', '寻求北方海航道货运', '贸易公司希望通过北方海航道运输货物。'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['ru', 'permafrost_foundations', 'Термостабилизаторы грунтов для вечной мерзлоты', 'Производим сезонные охлаждающие устройства для фундаментов на вечной мерзлоте.'],
    ['zh', 'permafrost_foundations', '寻求冻土地基稳定技术', '铁路建设公司需要多年冻土地区路基热稳定技术。'],
    ['en', 'permafrost_foundations', 'Thermosyphons for permafrost foundations', 'Thermosyphons that keep permafrost frozen under buildings and pipelines.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['zh', 'timber_housing', '装配式木结构住宅', '工厂预制的装配式木结构住宅，施工快、节能保温。'],
    ['ru', 'timber_housing', 'Ищем технологию быстровозводимых деревянных домов', 'Девелопер ищет технологию модульного деревянного домостроения для северных районов.'],
    ['en', 'timber_housing', 'Prefabricated timber houses for the North', 'A developer seeks prefabricated timber house kits with good thermal insulation.'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['en', 'additive_manufacturing', 'Metal 3D printing of spare parts', 'Metal additive manufacturing of spare parts from titanium and steel powders.'],
    ['ru', 'machinery', 'Нужна 3D-печать запчастей из металла', 'Ремонтный завод ищет аддитивное производство запасных частей для горной техники.'],
    ['zh', 'additive_manufacturing', '金属3D打印备件', '提供钛合金和不锈钢金属3D打印备件服务。'],
  ] },
  { kind: 'investment', third: 'offer', profiles: [
    ['ru', 'venture_investment', 'Венчурный фонд для ранних стадий', 'Фонд инвестирует в стартапы посевной стадии в области искусственного интеллекта и биотехнологий.'],
    ['en', 'artificial_intelligence', 'AI startup raising a seed round', 'An AI startup raises seed investment for its computer vision product.'],
    ['zh', 'venture_investment', '早期风险投资基金', '风险投资基金专注于人工智能和生物技术领域的种子轮投资。'],
  ] },
  { kind: 'investment', third: 'request', profiles: [
    ['zh', 'venture_investment', '工业园区产业投资基金', '产业基金投资工业园区内的新材料和装备制造项目。'],
    ['ru', 'new_materials', 'Ищем инвестиции в производство композитов', 'Стартап ищет инвестиции для запуска производства композитных материалов.'],
    ['en', 'machinery', 'Investment sought for a machine tool plant', 'A manufacturer seeks investment to build a CNC machine tool plant.'],
  ] },
];
