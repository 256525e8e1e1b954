/** Power engineering, renewables, oil and gas, heat supply. */
export const powerTerms = `
renewable energy; renewables | возобновляемые источники энергии; ВИЭ | 可再生能源；新能源
solar power plant | солнечная электростанция; СЭС | 光伏电站；太阳能电站
solar thermal collector | солнечный коллектор | 太阳能集热器
rooftop solar | солнечные панели на крыше | 屋顶光伏；分布式光伏
wind farm | ветроэлектростанция; ветропарк; ВЭС | 风电场
offshore wind | морская ветроэнергетика | 海上风电
small hydropower | малая гидроэнергетика; малая ГЭС | 小水电
geothermal energy | геотермальная энергия; геотермальная энергетика | 地热能；地热发电
tidal energy; wave energy | приливная энергия; энергия волн | 潮汐能；波浪能
bioenergy | биоэнергетика | 生物质能；生物能源
waste-to-energy | энергия из отходов; мусоросжигательный завод | 垃圾发电；废物能源化
thermal power plant | тепловая электростанция; ТЭС | 火电厂；热电厂
combined heat and power plant; CHP | теплоэлектроцентраль; ТЭЦ | 热电联产电厂
gas turbine | газовая турбина; газотурбинная установка | 燃气轮机
steam turbine | паровая турбина | 汽轮机
gas piston power plant | газопоршневая электростанция; газопоршневая установка | 燃气发电机组
small modular reactor; SMR | малый модульный реактор; АСММ | 小型模块化反应堆
floating nuclear power plant | плавучая атомная электростанция; ПАТЭС | 浮动核电站
nuclear fuel; uranium | ядерное топливо; уран | 核燃料；铀
nuclear fusion; thermonuclear | термоядерный синтез | 核聚变；可控核聚变
distributed generation | распределённая генерация | 分布式发电
off-grid power supply; isolated power system | автономное энергоснабжение; изолированная энергосистема | 离网供电；独立电力系统
hybrid power plant | гибридная электростанция | 混合能源电站；风光储互补
power transmission line | линия электропередачи; ЛЭП | 输电线路
substation | подстанция; электроподстанция | 变电站
ultra-high voltage; UHV | сверхвысокое напряжение | 特高压
switchgear | распределительное устройство | 开关柜；开关设备
electricity meter; metering | счётчик электроэнергии; учёт электроэнергии | 电能表；电能计量
electricity market; power trading | рынок электроэнергии | 电力市场；电力交易
demand response | управление спросом на электроэнергию | 需求响应
virtual power plant | виртуальная электростанция | 虚拟电厂
power quality | качество электроэнергии | 电能质量
electrical equipment | электрооборудование; электротехническое оборудование | 电气设备；电工设备
electrical engineering | электротехника | 电气工程；电工技术
high-voltage equipment | высоковольтное оборудование | 高压电器；高压设备
power generator; electric generator | электрогенератор; генератор электроэнергии | 发电机
energy audit | энергоаудит; энергетическое обследование | 能源审计
energy service contract; ESCO | энергосервисный контракт | 合同能源管理
energy management system | система энергоменеджмента | 能源管理系统
heat supply; district heating network | теплоснабжение; тепловые сети | 供热；热力管网
heat exchanger | теплообменник | 换热器
radiator; heating appliance | радиатор; отопительный прибор | 暖气片；散热器
ventilation; HVAC | вентиляция; отопление, вентиляция и кондиционирование; ОВиК | 通风；暖通空调
air conditioning | кондиционирование воздуха; кондиционер | 空调
refrigeration equipment | холодильное оборудование | 制冷设备
thermal energy storage | аккумулирование тепла | 储热
pumped storage | гидроаккумулирующая электростанция; ГАЭС | 抽水蓄能
flow battery | проточная батарея | 液流电池
sodium-ion battery | натрий-ионный аккумулятор | 钠离子电池
solid-state battery | твердотельный аккумулятор | 固态电池
battery management system; BMS | система управления батареей | 电池管理系统
battery recycling | переработка аккумуляторов | 电池回收
cathode material; anode material | катодный материал; анодный материал | 正极材料；负极材料
electrolyte | электролит | 电解液；电解质
supercapacitor | суперконденсатор; ионистор | 超级电容器
green hydrogen | зелёный водород | 绿氢
electrolyzer; electrolysis | электролизёр; электролиз | 电解槽；电解水制氢
hydrogen storage | хранение водорода | 储氢
ammonia as fuel; green ammonia | аммиак как топливо; зелёный аммиак | 氨燃料；绿氨
natural gas | природный газ | 天然气
liquefied natural gas; LNG | сжиженный природный газ; СПГ | 液化天然气；LNG
gas processing | газопереработка | 天然气处理；天然气加工
gasification | газификация | 气化；燃气化
oil production; oil field | нефтедобыча; месторождение нефти | 石油开采；油田
oil refining; refinery | нефтепереработка; НПЗ | 炼油；炼油厂
oilfield services | нефтесервис; нефтесервисные услуги | 油田服务
well drilling; drilling rig | бурение скважин; буровая установка | 油气钻井；钻机
enhanced oil recovery | повышение нефтеотдачи | 提高采收率
associated petroleum gas | попутный нефтяной газ; ПНГ | 伴生气
motor fuel; fuels and lubricants | моторное топливо; ГСМ | 车用燃料；成品油
diesel fuel | дизельное топливо | 柴油
coal power; coal-fired | угольная генерация | 燃煤发电
coal chemistry; coal-to-chemicals | углехимия | 煤化工
peat | торф | 泥炭
energy transition | энергопереход; энергетический переход | 能源转型
carbon capture; CCUS | улавливание углерода; улавливание и хранение CO2 | 碳捕集；碳捕集利用与封存
carbon credits; carbon market | углеродные единицы; углеродный рынок | 碳交易；碳市场；碳信用
carbon footprint | углеродный след | 碳足迹
emission trading | торговля выбросами | 排放权交易
energy storage system; ESS | система накопления энергии; СНЭ | 储能系统；储能电站
wireless charging | беспроводная зарядка | 无线充电
fast charging | быстрая зарядка | 快充；快速充电
hydrogen vehicle; fuel cell vehicle | водородный транспорт; автомобиль на топливных элементах | 氢能汽车；燃料电池汽车
electric ship; electric ferry | электросудно; электропаром | 电动船舶
energy supply of remote areas | энергоснабжение удалённых территорий | 偏远地区供电
power outage; reliability of supply | надёжность энергоснабжения | 供电可靠性
`;
