/** Transport and logistics. */
export const logisticsTerms = `
logistics center; logistics hub | логистический центр; транспортно-логистический центр; ТЛЦ | 物流中心；物流枢纽
dry port | сухой порт | 无水港；陆港
transport corridor; international transport corridor | транспортный коридор; международный транспортный коридор | 运输走廊；国际运输通道
cross-border logistics | трансграничная логистика | 跨境物流
cross-border e-commerce | трансграничная электронная торговля | 跨境电商
freight forwarding; forwarder | экспедирование грузов; экспедитор | 货运代理；货代
third-party logistics; 3PL | логистический оператор; 3PL | 第三方物流
fulfillment | фулфилмент | 电商仓配；订单履约
warehousing services | складские услуги; ответственное хранение | 仓储服务
distribution center | распределительный центр | 配送中心
cold storage warehouse | холодильный склад | 冷库
temperature-controlled logistics | температурная логистика | 温控物流
dangerous goods; hazardous cargo | опасные грузы | 危险品运输；危险货物
oversized cargo; heavy lift | негабаритные грузы; тяжеловесные грузы | 大件运输；超限货物
bulk cargo | навалочные грузы; насыпные грузы | 散货
container terminal | контейнерный терминал | 集装箱码头；集装箱堆场
intermodal container; TEU | контейнер ISO; ДФЭ | 标准箱；集装箱运输
river transport; inland waterways | речной транспорт; внутренние водные пути | 内河运输；内河航运
shipping; maritime transport | морские перевозки; морской транспорт | 海运；海上运输
seaport; river port | морской порт; речной порт | 海港；河港
icebreaker | ледокол | 破冰船
ice-class vessel | судно ледового класса | 冰级船
northern delivery; seasonal supply | северный завоз | 北方季节性补给
air transport; civil aviation | воздушный транспорт; гражданская авиация | 航空运输；民航
regional aviation; small aircraft | региональная авиация; малая авиация | 支线航空；通用航空
airport | аэропорт | 机场
helicopter | вертолёт | 直升机
cargo drone; drone delivery | грузовой дрон; доставка дронами | 无人机配送；货运无人机
rail freight; freight wagon | грузовые железнодорожные перевозки; вагон | 铁路货运；货车车厢
rolling stock; locomotive | подвижной состав; локомотив | 机车车辆；机车
high-speed rail | высокоскоростная магистраль; ВСМ | 高铁；高速铁路
public transport; city bus | общественный транспорт; автобус | 公共交通；公交车
urban mobility; micromobility | городская мобильность; микромобильность | 城市出行；微出行
car sharing; ride-hailing | каршеринг; такси | 共享汽车；网约车
transport logistics; freight transport | перевозка грузов; транспортная логистика | 货物运输；运输物流
truck fleet; heavy truck | грузовой автопарк; тяжёлый грузовик | 重型卡车；货车车队
trailer; semi-trailer | прицеп; полуприцеп | 挂车；半挂车
logistics platform; freight exchange | логистическая платформа; биржа грузоперевозок | 物流平台；货运平台
route optimization | оптимизация маршрутов | 路径优化；路线规划
telematics; GPS tracking | телематика; GPS-мониторинг | 车联网；GPS定位
tachograph | тахограф | 行车记录仪
pallet; palletizing | паллета; поддон; паллетирование | 托盘
forklift | погрузчик вилочный; вилочный погрузчик | 叉车
automated warehouse; AS/RS | автоматизированный склад | 自动化立体仓库
warehouse robot; AGV | складской робот | 仓储机器人；自动导引车
sorting center; parcel sorting | сортировочный центр | 分拣中心；包裹分拣
parcel locker; pickup point | постамат; пункт выдачи заказов; ПВЗ | 快递柜；自提点
postal services | почтовые услуги; почта | 邮政服务
express delivery | экспресс-доставка | 快递服务；快件
customs broker | таможенный представитель; таможенный брокер | 报关行；报关代理
customs declaration | таможенная декларация | 报关单；海关申报
border crossing point | пункт пропуска; пограничный переход | 口岸；边境口岸
foreign trade; export-import | внешняя торговля; внешнеэкономическая деятельность; ВЭД | 对外贸易；进出口
trade finance; letter of credit | торговое финансирование; аккредитив | 贸易融资；信用证
Incoterms; delivery terms | Инкотермс; условия поставки | 国际贸易术语；交货条件
certificate of origin | сертификат происхождения | 原产地证书
sanctions compliance | санкционный комплаенс | 制裁合规
parallel import | параллельный импорт | 平行进口
logistics insurance; cargo insurance | страхование грузов | 货物运输保险
procurement | закупки; снабжение; закупка | 采购
public tender; public procurement | тендер; государственные закупки; госзакупки | 招标；政府采购
inventory management | управление запасами | 库存管理
demand planning; supply planning | планирование поставок | 供需计划
reverse logistics; product returns | обратная логистика; возвраты | 逆向物流
packaging materials; corrugated board | упаковочные материалы; гофрокартон | 包装材料；瓦楞纸板
transport infrastructure | транспортная инфраструктура | 交通基础设施
traffic management | организация дорожного движения | 交通管理
tolling; toll road | платная дорога | 收费公路
`;
