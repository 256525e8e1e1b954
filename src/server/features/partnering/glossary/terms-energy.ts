/** Energy, logistics, construction and the Arctic. */
export const energyTerms = `
solar panel; photovoltaics; solar power | солнечная панель; фотоэлектрика; солнечная энергетика | 太阳能电池板；光伏；太阳能
wind turbine; wind power | ветрогенератор; ветроэнергетика | 风力发电机；风电
hydropower | гидроэнергетика | 水电
nuclear power | атомная энергетика | 核电；核能
hydrogen; hydrogen energy | водород; водородная энергетика | 氢能；氢
fuel cell | топливный элемент | 燃料电池
battery; accumulator | аккумулятор; батарея | 电池；蓄电池
lithium-ion battery | литий-ионный аккумулятор | 锂离子电池
energy storage | накопитель энергии; хранение энергии | 储能
electric vehicle; EV | электромобиль | 电动汽车；新能源汽车
charging station | зарядная станция | 充电站；充电桩
electric bus | электробус | 电动公交车
power grid; smart grid | электросеть; умная сеть | 电网；智能电网
microgrid | микросеть; локальная энергосистема | 微电网
diesel generator | дизельный генератор; дизельная электростанция | 柴油发电机
cogeneration | когенерация | 热电联产
heat pump | тепловой насос | 热泵
energy efficiency | энергоэффективность | 能效；能源效率
energy saving | энергосбережение | 节能
heating | отопление | 供暖
boiler | котёл; котел | 锅炉
district heating | централизованное теплоснабжение | 集中供热
power electronics | силовая электроника | 电力电子
transformer | трансформатор | 变压器
electric motor | электродвигатель | 电动机；电机
inverter | инвертор | 逆变器
cable | кабель | 电缆
lighting | освещение | 照明
carbon neutrality; decarbonization | углеродная нейтральность; декарбонизация | 碳中和；脱碳
emissions; carbon emissions | выбросы; выбросы углерода | 排放；碳排放
logistics | логистика | 物流
supply chain | цепочка поставок | 供应链
warehouse | склад | 仓库；仓储
container | контейнер | 集装箱
freight; cargo | грузоперевозки; груз | 货运；货物
rail transport; railway | железнодорожный транспорт; железная дорога | 铁路运输；铁路
China-Europe rail freight | контейнерные поезда Китай — Европа | 中欧班列
road transport; trucking | автомобильные перевозки | 公路运输
air cargo | авиаперевозки грузов | 航空货运
port | порт | 港口
Northern Sea Route | Северный морской путь | 北方海航道
multimodal transport | мультимодальные перевозки | 多式联运
customs clearance; customs | таможенное оформление; таможня | 清关；海关
bonded warehouse; free customs zone | таможенный склад; свободная таможенная зона | 保税仓库；保税区
last mile delivery | доставка последней мили | 最后一公里配送
courier delivery | курьерская доставка | 快递
fleet management | управление автопарком | 车队管理
track and trace; cargo tracking | отслеживание грузов | 货物追踪
refrigerated transport | рефрижераторные перевозки | 冷藏运输
winter road | зимник | 冬季道路；冰路
Arctic | Арктика | 北极
extreme cold; low temperature | экстремальный холод; низкие температуры | 极寒；低温
construction | строительство | 建筑；建设
modular building; prefabricated building | модульное здание; быстровозводимое здание | 模块化建筑；装配式建筑
3D printing of buildings | 3D-печать зданий | 建筑3D打印
road construction | дорожное строительство | 道路建设
bridge | мост | 桥梁
housing | жильё; жилищное строительство | 住房；住宅
water supply | водоснабжение | 供水
water purification | водоочистка; очистка воды | 水净化；净水
air purification | очистка воздуха | 空气净化
environmental monitoring | экологический мониторинг | 环境监测
climate | климат | 气候
`;
