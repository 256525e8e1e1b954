/** Business, investment, intellectual property and partnership. */
export const businessTerms = `
private equity | прямые инвестиции; фонд прямых инвестиций | 私募股权；私募股权基金
venture fund | венчурный фонд | 风险投资基金；创投基金
business angel; angel investor | бизнес-ангел | 天使投资人；天使投资
pre-seed round | предпосевной раунд | 种子前轮
Series A; investment round | раунд A; инвестиционный раунд | A轮融资；融资轮次
equity financing; equity stake | долевое финансирование; доля в капитале | 股权融资；股权
debt financing; loan | долговое финансирование; кредит; заём | 债务融资；贷款
project finance | проектное финансирование | 项目融资
crowdfunding | краудфандинг | 众筹
initial public offering; IPO | первичное публичное размещение; IPO | 首次公开募股；上市
mergers and acquisitions; M&A | слияния и поглощения | 并购；兼并收购
strategic investor | стратегический инвестор | 战略投资者
co-investment | соинвестирование | 联合投资
investment project | инвестиционный проект | 投资项目
investment agreement | инвестиционное соглашение | 投资协议
investment climate | инвестиционный климат | 投资环境；营商环境
foreign direct investment; FDI | прямые иностранные инвестиции; ПИИ | 外商直接投资；外资
due diligence | due diligence; комплексная проверка | 尽职调查
valuation; company valuation | оценка стоимости компании; оценка бизнеса | 估值；企业估值
business plan | бизнес-план | 商业计划书
financial model | финансовая модель | 财务模型
return on investment; ROI | окупаемость инвестиций; рентабельность инвестиций | 投资回报率
payback period | срок окупаемости | 投资回收期
pitch deck; investor presentation | питч; презентация для инвесторов | 路演；融资路演
demo day | демо-день | 路演日
preferential loan; soft loan | льготный кредит; льготный заём | 优惠贷款；低息贷款
government support; state support measures | меры государственной поддержки; господдержка | 政府扶持；政策支持
subsidy | субсидия | 补贴；补助
development institution | институт развития | 发展机构；开发性金融机构
industrial development fund | фонд развития промышленности; ФРП | 工业发展基金
innovation fund; innovation promotion fund | фонд содействия инновациям | 创新基金
special investment contract; SPIC | специальный инвестиционный контракт; СПИК | 特别投资合同
priority development area | территория опережающего развития; ТОР | 优先发展区；超前发展区
free port of Vladivostok | свободный порт Владивосток | 符拉迪沃斯托克自由港
investment protection | защита инвестиций | 投资保护
export support | поддержка экспорта; экспортная поддержка | 出口扶持；出口支持
export credit insurance | страхование экспортных кредитов | 出口信用保险
intellectual property; IP | интеллектуальная собственность; ИС | 知识产权
utility model | полезная модель | 实用新型
industrial design patent; design patent | промышленный образец | 外观设计专利
trademark | товарный знак; торговая марка | 商标
copyright | авторское право | 著作权；版权
trade secret | коммерческая тайна | 商业秘密
patent application; patent filing | патентная заявка | 专利申请
PCT application; international patent | заявка PCT; международная патентная заявка | PCT申请；国际专利申请
patent search; freedom to operate | патентный поиск; патентная чистота | 专利检索；自由实施分析
patent licensing; licence agreement | лицензионный договор; лицензирование патентов | 专利许可；许可协议
exclusive licence | исключительная лицензия | 独占许可；排他许可
royalty; royalties | роялти; лицензионные платежи | 特许权使用费；版税
franchise; franchising | франшиза; франчайзинг | 特许经营；加盟
IP commercialization; technology commercialization | коммерциализация технологий; коммерциализация РИД | 成果转化；技术商业化
results of intellectual activity | результаты интеллектуальной деятельности; РИД | 科技成果；智力成果
spin-off company | спин-офф; малое инновационное предприятие; МИП | 衍生公司；校办企业
technology readiness level; TRL | уровень готовности технологии; УГТ | 技术成熟度
proof of concept | подтверждение концепции; proof of concept | 概念验证
minimum viable product; MVP | минимально жизнеспособный продукт; MVP | 最小可行产品
pilot deployment; field trials | опытная эксплуатация; пилотное внедрение | 试点应用；现场试验
technology deployment; technology implementation | внедрение технологии; внедрение технологий | 技术应用；技术落地
technology scouting | технологический скаутинг | 技术搜寻；技术侦察
open innovation | открытые инновации | 开放式创新
corporate venture; corporate accelerator | корпоративный венчур; корпоративный акселератор | 企业风投；企业加速器
innovation ecosystem | инновационная экосистема | 创新生态系统
technology platform | технологическая платформа | 技术平台；产业联盟
consortium | консорциум | 联合体；联盟体
strategic partnership | стратегическое партнёрство | 战略合作；战略伙伴关系
cooperation agreement | соглашение о сотрудничестве | 合作协议
memorandum of understanding; MoU | меморандум о взаимопонимании; меморандум | 谅解备忘录；合作备忘录
letter of intent | письмо о намерениях | 意向书
non-disclosure agreement; NDA | соглашение о неразглашении | 保密协议
supply contract; supply agreement | договор поставки | 供货合同；供应协议
dealer; dealership | дилер; дилерская сеть | 代理商；经销网络
sales representative; sales agent | торговый представитель; агент по продажам | 销售代表；销售代理
exclusive distribution | эксклюзивная дистрибуция; эксклюзивный дистрибьютор | 独家代理；独家经销
market entry | выход на рынок | 市场进入；进入市场
market research | маркетинговое исследование; исследование рынка | 市场调研；市场研究
business mission; trade mission | бизнес-миссия; деловая миссия | 商务考察团；经贸代表团
trade fair; exhibition stand | выставка-ярмарка; выставочный стенд | 展会；博览会
B2B matchmaking; business matchmaking | деловые переговоры B2B; подбор партнёров | 商务对接；供需对接
localization partner; local partner | локальный партнёр; местный партнёр | 本地合作伙伴
joint research; joint laboratory | совместные исследования; совместная лаборатория | 联合研究；联合实验室
research contract; contract research | договор НИОКР; научно-исследовательские работы; НИР | 委托研发；技术开发合同
technical assignment; terms of reference | техническое задание; ТЗ | 技术任务书；需求规格
engineering company | инжиниринговая компания | 工程公司
turnkey project; turnkey | проект под ключ | 交钥匙工程
small and medium-sized enterprises; SME | малый и средний бизнес; МСП | 中小企业
family business | семейный бизнес | 家族企业
social entrepreneurship | социальное предпринимательство | 社会企业；社会创业
state corporation; state-owned enterprise | государственная корпорация; госкорпорация | 国有企业；国企
holding company | холдинг; холдинговая компания | 控股公司；集团公司
coworking | коворкинг | 联合办公；共享办公
technology transfer office | центр трансфера технологий; ЦТТ | 技术转移中心；技术转移办公室
innovation infrastructure | инновационная инфраструктура | 创新基础设施；创新载体
industrial cluster | промышленный кластер; территориальный кластер | 产业集群；集群
supply of raw materials; raw materials | сырьё; поставки сырья | 原材料；原料供应
value chain | цепочка создания стоимости | 价值链
sales channels; e-commerce sales | каналы сбыта; каналы продаж | 销售渠道
after-sales service; warranty | послепродажное обслуживание; гарантия | 售后服务；质保
business process outsourcing | аутсорсинг бизнес-процессов | 业务流程外包
accounting and audit; audit services | бухгалтерский учёт и аудит; аудиторские услуги | 会计审计；审计服务
legal services; legal support | юридические услуги; юридическое сопровождение | 法律服务
tax consulting | налоговое консультирование | 税务咨询
insurance | страхование | 保险
banking services | банковские услуги | 银行业务；银行服务
payment terms; prepayment | условия оплаты; предоплата | 付款条件；预付款
currency exchange; exchange rate | валютный курс; курс валют | 汇率；外汇
settlements in national currencies; yuan settlements | расчёты в национальных валютах; расчёты в юанях | 本币结算；人民币结算
customs duty; import duty | таможенная пошлина; пошлина | 关税
VAT; value added tax | НДС; налог на добавленную стоимость | 增值税
anti-corruption compliance | антикоррупционный комплаенс; антикоррупционная политика | 反腐败合规；反腐败
corporate social responsibility; CSR | корпоративная социальная ответственность; КСО | 企业社会责任
key performance indicators; KPI | ключевые показатели эффективности; КПЭ | 关键绩效指标
project management office | проектный офис | 项目管理办公室
regional development; regional economy | региональное развитие; экономика региона | 区域发展；区域经济
single-industry town | моногород | 单一产业城市；资源型城市
national project | национальный проект; нацпроект | 国家项目；国家重点项目
Belt and Road | Один пояс — один путь | 一带一路
Eurasian Economic Union; EAEU | Евразийский экономический союз; ЕАЭС | 欧亚经济联盟
BRICS; SCO | БРИКС; ШОС | 金砖国家；上海合作组织
`;
