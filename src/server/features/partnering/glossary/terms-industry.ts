/** Manufacturing, machinery, business and investment. */
export const industryTerms = `
machine tool; CNC machine | станок; станок с ЧПУ | 机床；数控机床
additive manufacturing; 3D printing | аддитивное производство; 3D-печать | 增材制造；3D打印
injection molding | литьё под давлением | 注塑成型
machining | механическая обработка | 机械加工
assembly line | сборочная линия; конвейер | 装配线；流水线
production line | производственная линия | 生产线
industrial equipment | промышленное оборудование | 工业设备
pump | насос | 泵
compressor | компрессор | 压缩机
valve | клапан; запорная арматура | 阀门
bearing | подшипник | 轴承
gearbox; reducer | редуктор; коробка передач | 减速器；变速箱
hydraulics | гидравлика | 液压
mechanical engineering | машиностроение | 机械制造；机械工程
automotive; car manufacturing | автомобилестроение | 汽车制造
auto parts; automotive components | автокомпоненты; автозапчасти | 汽车零部件
truck | грузовик | 卡车
special vehicles | спецтехника | 特种车辆
aircraft | самолёт; воздушное судно | 飞机；航空器
shipbuilding | судостроение | 造船
instrument making; instruments | приборостроение; приборы | 仪器仪表
measuring equipment | измерительное оборудование | 测量设备
quality control | контроль качества | 质量控制；质检
non-destructive testing | неразрушающий контроль | 无损检测
certification | сертификация | 认证
standardization | стандартизация | 标准化
industrial safety | промышленная безопасность | 工业安全
localization of production | локализация производства | 生产本地化
import substitution | импортозамещение | 进口替代
contract manufacturing | контрактное производство | 代工；合同制造
joint venture | совместное предприятие | 合资企业
licence; licensing | лицензия; лицензирование | 许可；许可证
technology transfer | трансфер технологий; передача технологий | 技术转让；技术转移
patent | патент | 专利
know-how | ноу-хау | 专有技术
research and development; R&D | научные исследования и разработки; НИОКР | 研发；研究与开发
pilot project; pilot | пилотный проект; пилот | 试点项目；试点
prototype | прототип; опытный образец | 原型；样机
scale-up; mass production | масштабирование; серийное производство | 量产；规模化生产
distribution; distributor | дистрибуция; дистрибьютор | 分销；经销商
export | экспорт | 出口
import | импорт | 进口
wholesale | оптовая торговля; опт | 批发
investment | инвестиции | 投资
venture capital | венчурный капитал | 风险投资；风投
startup | стартап | 初创企业；创业公司
seed round; seed investment | посевной раунд; посевные инвестиции | 种子轮；种子投资
investor | инвестор | 投资者；投资人
grant | грант | 资助；补助金
leasing | лизинг | 租赁
industrial park | индустриальный парк | 工业园区；产业园
technopark | технопарк | 科技园
business incubator; incubator | бизнес-инкубатор; инкубатор | 孵化器
accelerator | акселератор | 加速器
special economic zone | особая экономическая зона | 经济特区
tax incentives | налоговые льготы | 税收优惠
training; staff training | обучение персонала; подготовка кадров | 人员培训；培训
university partnership | сотрудничество с университетом | 校企合作
laboratory | лаборатория | 实验室
engineering services | инжиниринговые услуги; инжиниринг | 工程服务
consulting | консалтинг | 咨询
outsourcing | аутсорсинг | 外包
maintenance; service | техническое обслуживание; сервис | 维护；维修
spare parts | запчасти; запасные части | 备件；零配件
furniture | мебель | 家具
electronics manufacturing | производство электроники | 电子制造
household appliances | бытовая техника | 家用电器
medical equipment manufacturing | производство медицинского оборудования | 医疗设备制造
`;
