/** Arctic and northern technologies: cold climate, permafrost, remote settlements. */
export const arcticTerms = `
cold climate; harsh climate | холодный климат; суровый климат | 寒冷气候；严寒气候
Arctic conditions; northern version | арктическое исполнение; северное исполнение | 极地型；寒区型
low-temperature materials | хладостойкие материалы | 耐低温材料
cold start; engine preheating | холодный запуск; предпусковой подогрев | 冷启动；发动机预热
permafrost monitoring | мониторинг вечной мерзлоты | 冻土监测
thermal stabilization of soils; thermosyphon | термостабилизация грунтов; термостабилизатор | 热棒；冻土热稳定
frost heave | морозное пучение | 冻胀
ice road; ice crossing | ледовая переправа; ледовая дорога | 冰上道路；冰上通道
icing; ice accretion | обледенение | 结冰；覆冰
anti-icing; de-icing | противообледенительная защита | 防冰；除冰
snowmobile | снегоход | 雪地摩托；雪地车
all-terrain vehicle; swamp vehicle | вездеход; болотоход | 全地形车；沼泽车
tracked vehicle | гусеничная техника | 履带车辆
airship | дирижабль | 飞艇
remote settlements; isolated settlements | удалённые населённые пункты; отдалённые поселения | 偏远居民点
autonomous housing; autonomous module | автономное жильё; автономный модуль | 独立式住房；自给式模块
shift camp; rotational work | вахтовый посёлок; вахтовый метод | 轮班营地；倒班作业
polar station; research station | полярная станция; научная станция | 极地考察站；科考站
polar night | полярная ночь | 极夜
northern lights; aurora tourism | северное сияние | 北极光；极光旅游
Arctic tourism; extreme tourism | арктический туризм; экстремальный туризм | 北极旅游；极地旅游
ethno-tourism; ecotourism | этнотуризм; экотуризм | 民族旅游；生态旅游
mammoth fauna; paleontology | мамонтовая фауна; палеонтология | 猛犸象动物群；古生物学
cryobiology; cryotechnology | криобиология; криотехнологии | 低温生物学；低温技术
cryogenic technology; cryogenics | криогенная техника; криогеника | 低温工程；深冷技术
natural cold; cold storage in permafrost | природный холод; мерзлотник | 天然冷源；冻土冷库
ice navigation | ледовая навигация; ледовая проводка | 冰区航行；冰区导航
Arctic shipping; polar shipping | арктическое судоходство | 北极航运；极地航运
hydrometeorology; weather forecasting | гидрометеорология; прогноз погоды | 水文气象；天气预报
meteorological station; weather station | метеостанция | 气象站
sea ice monitoring | мониторинг морского льда | 海冰监测
Arctic ecology; fragile ecosystems | экология Арктики; хрупкие экосистемы | 北极生态；脆弱生态系统
northern delivery logistics; fuel delivery to the north | доставка топлива на Север | 北方燃料运输
heat supply in the north; northern heating | теплоснабжение северных территорий | 北方供暖；寒区供热
winter construction; cold weather concreting | зимнее бетонирование; строительство в зимних условиях | 冬季施工；冬季混凝土施工
Arctic medicine; northern medicine | арктическая медицина; медицина Севера | 极地医学；寒区医学
adaptation to cold; human adaptation | адаптация к холоду; адаптация человека на Севере | 寒冷适应；人体适应
northern greenhouse; closed-cycle farming | северная теплица; агрокомплекс закрытого типа | 北方温室；封闭式农业
traditional nature use | традиционное природопользование | 传统自然资源利用
`;
