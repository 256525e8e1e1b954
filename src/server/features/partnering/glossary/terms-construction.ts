/** Construction, architecture and housing and utilities. */
export const constructionTerms = `
residential construction; housing construction | строительство жилья; многоквартирные дома | 住宅建设；住宅建筑
industrial construction | промышленное строительство | 工业建筑；厂房建设
civil engineering; infrastructure construction | инфраструктурное строительство | 土木工程；基础设施建设
general contractor; EPC | генеральный подрядчик; генподряд | 总承包；工程总承包
design and survey works; engineering design | проектно-изыскательские работы; ПИР; проектирование | 勘察设计；工程设计
construction supervision | строительный контроль; технический надзор | 工程监理
construction permit | разрешение на строительство | 施工许可
state expert review of design | государственная экспертиза проектной документации | 施工图审查
real estate development; real estate developer | девелопмент; застройщик | 房地产开发；开发商
real estate | недвижимость | 房地产；不动产
commercial real estate; office space | коммерческая недвижимость; офисные помещения | 商业地产；写字楼
industrial real estate; production premises | производственные помещения; промышленная недвижимость | 工业地产；标准厂房
land plot | земельный участок | 地块；建设用地
frame construction; timber frame | каркасное строительство | 框架结构；木结构
wooden house; log house | деревянный дом; деревянное домостроение | 木屋；木结构住宅
CLT; cross-laminated timber | перекрёстно-клеёная древесина; CLT | 正交胶合木
steel structures; metal structures | металлоконструкции | 钢结构
reinforced concrete | железобетон | 钢筋混凝土
precast concrete | сборный железобетон | 预制混凝土；预制构件
ready-mixed concrete | товарный бетон | 商品混凝土
asphalt | асфальт; асфальтобетон | 沥青
bricks | кирпич | 砖；砌块
aerated concrete; gas block | газобетон; газоблок | 加气混凝土
drywall; gypsum board | гипсокартон | 石膏板
roofing | кровля; кровельные материалы | 屋面；屋面材料
facade; ventilated facade | фасад; вентилируемый фасад | 幕墙；外立面
windows and doors | окна и двери; оконные конструкции | 门窗
sandwich panels | сэндвич-панели | 夹芯板
waterproofing | гидроизоляция | 防水
building foundation; pile foundation | фундамент; свайный фундамент | 地基；桩基
foundations on permafrost | фундаменты на вечной мерзлоте | 冻土地基
soil stabilization | укрепление грунтов; стабилизация грунта | 土壤加固；地基处理
earthworks | земляные работы | 土方工程
tunnel construction; tunneling | тоннель; проходка тоннелей | 隧道；隧道施工
highway; motorway | автомагистраль; автодорога | 高速公路
bridge construction | мостостроение | 桥梁建设
construction machinery | строительная техника | 工程机械；建筑机械
tower crane; crawler crane | башенный кран; гусеничный кран | 塔吊；起重机
construction equipment rental | аренда строительной техники | 工程机械租赁
utility networks; engineering networks | инженерные сети; инженерные коммуникации | 市政管网；管网
sewerage; sewage | канализация; водоотведение | 排水；污水管网
housing and utilities; HCS | жилищно-коммунальное хозяйство; ЖКХ | 住房和公用事业；物业公用事业
utility services; public utilities | коммунальные услуги | 公用事业；市政服务
facility management; property management | управление недвижимостью; эксплуатация зданий | 物业管理；设施管理
renovation; refurbishment | капитальный ремонт; реновация | 翻新；改造
demolition | снос зданий; демонтаж | 拆除
urban planning | градостроительство; территориальное планирование | 城市规划
master plan | мастер-план; генеральный план | 总体规划
landscaping; public spaces | благоустройство; общественные пространства | 景观工程；公共空间
green building | зелёное строительство | 绿色建筑
passive house; energy-efficient building | пассивный дом; энергоэффективное здание | 被动房；节能建筑
smart building; building automation | умное здание; автоматизация зданий | 智能建筑；楼宇自动化
elevator; passenger lift | лифт | 电梯
plumbing; sanitary ware | сантехника | 卫浴；洁具
building insulation; mineral wool | утеплитель; минеральная вата | 保温材料；岩棉
fire safety; fire protection | пожарная безопасность; противопожарная защита | 消防；防火
seismic resistance; earthquake-proof | сейсмостойкость | 抗震
construction estimate; cost estimate | смета; сметная стоимость | 工程造价；工程概算
construction materials production | производство строительных материалов | 建材生产
glass and glazing; double glazing | стеклопакет; остекление | 中空玻璃；玻璃幕墙
paving; paving slabs | тротуарная плитка | 铺路砖；透水砖
road maintenance | содержание дорог; ремонт дорог | 道路养护
hotel; hospitality industry | гостиница; гостиничный бизнес | 酒店；住宿业
social infrastructure; schools and hospitals construction | социальная инфраструктура | 社会基础设施
public-private partnership; PPP | государственно-частное партнёрство; ГЧП | 政府和社会资本合作；公私合营
concession agreement | концессионное соглашение; концессия | 特许经营协议
`;
