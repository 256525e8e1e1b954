/** Manufacturing, machinery and industrial equipment. */
export const machineryTerms = `
metalworking | металлообработка | 金属加工
lathe; turning operations | токарная обработка; токарный станок | 车削；车床
milling machine; milling | фрезерный станок; фрезерование | 铣床；铣削
grinding machine; grinding | шлифовальный станок; шлифование | 磨床；磨削
machining center | обрабатывающий центр | 加工中心
five-axis machining | пятиосевая обработка | 五轴加工
EDM; electrical discharge machining | электроэрозионная обработка | 电火花加工
sheet metal processing; bending | листовая обработка металла; гибка | 钣金加工；折弯
stamping; stamping press | штамповка; штамповочный пресс | 冲压；冲压机
cutting tools; tooling | режущий инструмент; оснастка | 刀具；工装
molds and dies; mold making | пресс-формы; штампы | 模具；模具制造
precision engineering; precision parts | точное машиностроение; прецизионные детали | 精密制造；精密零件
fasteners | крепёж; крепёжные изделия | 紧固件
mechanical springs; mechanical components | пружины; механические комплектующие | 弹簧；机械零部件
chain drive; belt drive | цепная передача; ременная передача | 链传动；带传动
hydraulic cylinder; pneumatics | гидроцилиндр; пневматика | 液压缸；气动元件
industrial seals; gaskets | уплотнения; прокладки | 密封件；垫片
industrial fittings; pipe fittings | трубопроводная арматура; фитинги | 管件；阀门管件
heavy machinery; heavy engineering | тяжёлое машиностроение | 重型机械；重型装备
agricultural engineering | сельскохозяйственное машиностроение | 农机制造
railway engineering; railcar manufacturing | железнодорожное машиностроение; вагоностроение | 轨道交通装备；铁路车辆制造
aircraft engine; gas turbine engine | авиационный двигатель; газотурбинный двигатель | 航空发动机
aerospace industry | авиационно-космическая промышленность; авиастроение | 航空航天工业；航空制造
ship repair; shipyard | судоремонт; верфь | 船舶修理；船厂
marine equipment | судовое оборудование | 船舶设备；船用设备
internal combustion engine; diesel engine | двигатель внутреннего сгорания; дизельный двигатель | 内燃机；柴油机
electric drive | электропривод | 电驱动；电驱系统
lifting equipment; hoist | подъёмное оборудование; таль | 起重设备；葫芦
material handling equipment | подъёмно-транспортное оборудование | 物料搬运设备
packaging machinery | упаковочное оборудование | 包装机械
printing equipment; printing industry | полиграфическое оборудование; полиграфия | 印刷设备；印刷业
textile machinery | текстильное оборудование | 纺织机械
woodworking machinery | деревообрабатывающее оборудование | 木工机械
oil and gas equipment | нефтегазовое оборудование | 石油装备；油气设备
power equipment; energy machinery | энергетическое машиностроение; энергооборудование | 能源装备；电力装备
boilers and pressure vessels | котлы и сосуды под давлением | 锅炉压力容器
fans and blowers | вентиляторы и воздуходувки | 风机；鼓风机
industrial furnace | промышленная печь | 工业炉
robotic welding; welding robot | роботизированная сварка; сварочный робот | 焊接机器人
collaborative robot; cobot | коллаборативный робот; коботы | 协作机器人
service robot | сервисный робот | 服务机器人
exoskeleton | экзоскелет | 外骨骼
manipulator; gripper | манипулятор; захватное устройство | 机械臂；夹爪
automated production line | автоматизированная производственная линия | 自动化生产线
smart factory; digital factory | умная фабрика; цифровое производство | 智能工厂；数字化工厂
lean manufacturing | бережливое производство | 精益生产
quality management system; ISO 9001 | система менеджмента качества; СМК | 质量管理体系
product testing; test bench | испытания продукции; испытательный стенд | 产品测试；试验台
reliability engineering; service life | инженерия надёжности; срок службы | 可靠性工程；使用寿命
technical documentation; technical drawings | техническая документация; чертежи | 技术文件；图纸
reverse engineering | реверс-инжиниринг; обратное проектирование | 逆向工程
rapid prototyping | быстрое прототипирование | 快速成型；快速原型
metal 3D printing; selective laser melting | 3D-печать металлом; селективное лазерное плавление | 金属3D打印；激光选区熔化
industrial 3D printer | промышленный 3D-принтер | 工业级3D打印机
small-batch production | мелкосерийное производство | 小批量生产
component localization; localization depth | локализация компонентов; глубина локализации | 零部件国产化；本地化率
industrial cooperation; subcontracting | промышленная кооперация; субподряд | 产业协作；分包
production capacity; capacity utilization | производственные мощности; загрузка мощностей | 产能；产能利用率
plant modernization; retrofitting | модернизация производства; техническое перевооружение | 技术改造；设备改造
equipment supply | поставка оборудования | 设备供应；设备采购
used equipment | оборудование б/у; подержанное оборудование | 二手设备
equipment repair; overhaul | ремонт оборудования; капитальный ремонт оборудования | 设备维修；大修
industrial maintenance; TPM | техническое обслуживание и ремонт; ТОиР | 设备维护；设备管理
vibration monitoring; condition monitoring | вибромониторинг; мониторинг состояния оборудования | 振动监测；状态监测
tribology; lubricants | трибология; смазочные материалы | 摩擦学；润滑油
industrial gases | промышленные газы | 工业气体
compressed air | сжатый воздух | 压缩空气
vacuum equipment | вакуумное оборудование | 真空设备
ultrasonic equipment | ультразвуковое оборудование | 超声波设备
weighing equipment; industrial scales | весовое оборудование; весы | 称重设备；衡器
vending machine | вендинговый автомат; торговый автомат | 自动售货机
3D scanner for industry; coordinate measuring machine | координатно-измерительная машина; КИМ | 三坐标测量机
light industry | лёгкая промышленность | 轻工业
glassware; tableware | посуда | 餐具；器皿
toys | игрушки | 玩具
sporting goods; sports equipment | спортивные товары; спортивный инвентарь | 体育用品；运动器材
cosmetics manufacturing; personal care products | средства личной гигиены | 个人护理用品；日化产品
paper products; tissue paper | бумажная продукция | 纸制品
`;
