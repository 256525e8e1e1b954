/** Vehicles, aviation, unmanned systems and mobility equipment. */
export const vehiclesTerms = `
passenger car | легковой автомобиль | 乘用车；轿车
commercial vehicle; light commercial vehicle | коммерческий транспорт; лёгкий коммерческий автомобиль | 商用车；轻型商用车
new energy vehicle; NEV | автомобиль на новых источниках энергии | 新能源车；新能源乘用车
hybrid vehicle; plug-in hybrid | гибридный автомобиль; подключаемый гибрид | 混合动力汽车；插电混动
electric truck | электрогрузовик | 电动卡车；电动重卡
electric motorcycle; e-bike | электромотоцикл; электровелосипед | 电动摩托车；电动自行车
electric scooter | электросамокат | 电动滑板车
battery swapping | замена батарей; баттерейсвопинг | 换电；换电站
charging infrastructure | зарядная инфраструктура | 充电基础设施
vehicle assembly; car assembly plant | сборка автомобилей; автосборочный завод | 汽车组装；整车厂
automotive aftermarket | вторичный авторынок; автозапчасти и сервис | 汽车后市场
car service; auto repair | автосервис; ремонт автомобилей | 汽车维修；汽修
tires and wheels; wheel rims | колёсные диски | 轮毂；车轮
automotive glass | автомобильное стекло | 汽车玻璃
vehicle lighting; headlights | автомобильная светотехника; фары | 车灯；汽车照明
driver assistance; ADAS | системы помощи водителю; ADAS | 高级驾驶辅助系统；驾驶辅助
connected car; V2X | подключённый автомобиль; V2X | 智能网联汽车；车路协同
vehicle diagnostics | диагностика автомобилей | 汽车诊断
gas-powered vehicle; CNG vehicle | газомоторная техника; автомобиль на газе | 天然气汽车；燃气汽车
natural gas vehicle fuel; CNG station | газомоторное топливо; АГНКС | 车用天然气；加气站
fuel station; filling station | автозаправочная станция; АЗС | 加油站
bus manufacturing | автобусостроение | 客车制造
mining dump truck; heavy-duty truck | карьерный самосвал большой грузоподъёмности | 重型矿用自卸车
road construction machinery; road roller | дорожная техника; каток | 筑路机械；压路机
municipal vehicles; snow plow | коммунальная техника; снегоуборочная машина | 环卫车辆；扫雪车
fire truck; firefighting equipment | пожарная машина; пожарная техника | 消防车；消防装备
ambulance vehicle | автомобиль скорой помощи | 救护车
agricultural tractor; tractor manufacturing | тракторостроение | 拖拉机制造
unmanned aerial system; UAS | беспилотная авиационная система; БАС | 无人机系统；无人驾驶航空器系统
fixed-wing drone | беспилотник самолётного типа | 固定翼无人机
multicopter; quadcopter | мультикоптер; квадрокоптер | 多旋翼无人机；四旋翼
drone detection; counter-drone | обнаружение дронов; противодействие БПЛА | 无人机探测；反无人机
unmanned ground vehicle | наземный беспилотный аппарат | 无人地面车辆；无人车
unmanned surface vessel; underwater drone | безэкипажное судно; подводный дрон | 无人船；水下机器人
aerial photography; aerial survey | аэрофотосъёмка; аэросъёмка | 航拍；航测
drone services; aerial monitoring | услуги БПЛА; мониторинг с воздуха | 无人机服务；空中巡检
light aircraft; general aviation | лёгкий самолёт; авиация общего назначения | 轻型飞机；通用航空器
electric aircraft; eVTOL | электросамолёт; аэротакси | 电动飞机；电动垂直起降
aircraft maintenance; MRO | техническое обслуживание воздушных судов; ТОиР ВС | 飞机维修；航空维修
aircraft components | авиационные комплектующие; авиакомпоненты | 航空零部件
airfield equipment | аэродромное оборудование | 机场设备
flight simulator | авиатренажёр; лётный тренажёр | 飞行模拟器
air traffic management | управление воздушным движением; УВД | 空中交通管理
hovercraft | судно на воздушной подушке | 气垫船
river vessel; passenger boat | речное судно; пассажирский катер | 内河船舶；客船
boat building; yacht | катеростроение; яхта | 游艇制造；游艇
marine engine | судовой двигатель | 船用发动机
autonomous shipping | автономное судовождение | 智能船舶；自主航行
railway signalling | железнодорожная автоматика и телемеханика; СЦБ | 铁路信号
tram; light rail | трамвай; легкорельсовый транспорт | 有轨电车；轻轨
metro; subway | метрополитен; метро | 地铁
cable car; ropeway | канатная дорога | 索道；缆车
bicycle; cycling | велосипед | 自行车
wheelchair; mobility aids | инвалидная коляска; средства реабилитации | 轮椅；助行器
`;
