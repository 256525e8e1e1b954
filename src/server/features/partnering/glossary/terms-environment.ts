/** Environment, ecology and natural resources. */
export const environmentTerms = `
ecology; environmental protection | экология; охрана окружающей среды | 生态；环境保护
environmental impact assessment; EIA | оценка воздействия на окружающую среду; ОВОС | 环境影响评价；环评
environmental audit | экологический аудит | 环境审计
environmental compliance; environmental permit | экологическое разрешение; комплексное экологическое разрешение | 排污许可；环保合规
ESG; sustainability | ESG; устойчивое развитие | ESG；可持续发展
sustainability reporting | отчётность об устойчивом развитии; нефинансовая отчётность | 可持续发展报告；社会责任报告
green finance; green bonds | зелёное финансирование; зелёные облигации | 绿色金融；绿色债券
circular economy | экономика замкнутого цикла; циркулярная экономика | 循环经济
waste management | обращение с отходами | 废物管理；固废管理
municipal solid waste | твёрдые коммунальные отходы; ТКО | 城市生活垃圾；生活垃圾
waste sorting; separate collection | сортировка отходов; раздельный сбор | 垃圾分类
landfill | полигон отходов; свалка | 垃圾填埋场；填埋
incineration | сжигание отходов | 垃圾焚烧；焚烧
hazardous waste | опасные отходы | 危险废物；危废
industrial waste | промышленные отходы | 工业固废；工业废物
plastic recycling | переработка пластика | 塑料回收；废塑料回收
paper recycling; waste paper | переработка макулатуры; макулатура | 废纸回收
construction waste | строительные отходы | 建筑垃圾
tire recycling | переработка шин | 废旧轮胎回收
oil spill response; oil contamination | ликвидация разливов нефти; нефтезагрязнение | 溢油应急；石油污染
soil remediation; contaminated land | рекультивация загрязнённых почв; загрязнённые земли | 土壤修复；污染场地
air pollution; air quality | загрязнение воздуха; качество воздуха | 大气污染；空气质量
emission control; gas cleaning | газоочистка; очистка выбросов | 废气治理；烟气净化
dust collection | пылеулавливание | 除尘
desulfurization | десульфуризация; сероочистка | 脱硫
water pollution; water quality | загрязнение воды; качество воды | 水污染；水质
industrial wastewater | промышленные сточные воды | 工业废水
sewage treatment plant | очистные сооружения | 污水处理厂
desalination | опреснение | 海水淡化
water resources; water management | водные ресурсы; водное хозяйство | 水资源；水利
flood protection; flooding | защита от наводнений; паводок | 防洪；洪水
wildfire; forest fire | лесной пожар; природный пожар | 森林火灾；山火
forest monitoring; forest protection | мониторинг лесов; охрана лесов | 森林监测；森林保护
reforestation; afforestation | лесовосстановление; лесоразведение | 植树造林；造林
carbon sequestration; carbon farm | поглощение углерода; карбоновый полигон | 碳汇；碳封存
climate change | изменение климата | 气候变化
climate adaptation | адаптация к изменению климата | 气候适应
greenhouse gases; methane emissions | парниковые газы; выбросы метана | 温室气体；甲烷排放
noise pollution | шумовое загрязнение | 噪声污染
radiation monitoring; radioactive waste | радиационный мониторинг; радиоактивные отходы | 辐射监测；放射性废物
protected areas; nature reserve | особо охраняемые природные территории; ООПТ; заповедник | 自然保护区
wildlife conservation; rare species | охрана животного мира; редкие виды | 野生动物保护；珍稀物种
environmental education | экологическое просвещение | 环境教育
eco-label; environmental certification | экомаркировка; экологическая сертификация | 环境标志；绿色认证
life cycle assessment; LCA | оценка жизненного цикла | 生命周期评价
natural resource management | рациональное природопользование | 自然资源管理
ecosystem services | экосистемные услуги | 生态系统服务
marine ecology; ocean | морская экология; океан | 海洋生态；海洋
lake and river restoration | восстановление водоёмов | 河湖治理；水生态修复
ecological monitoring station | станция экологического мониторинга | 环境监测站
natural disasters; emergency management | стихийные бедствия; чрезвычайные ситуации; ЧС | 自然灾害；应急管理
earthquake monitoring; seismology | сейсмология; сейсмический мониторинг | 地震监测；地震学
`;
