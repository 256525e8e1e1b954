/** Materials, chemistry, mining and metallurgy. */
export const materialsTerms = `
composite material; composite | композитный материал; композит | 复合材料
carbon fiber; carbon fibre | углеродное волокно; углеволокно | 碳纤维
glass fiber; fiberglass | стекловолокно | 玻璃纤维
basalt fiber | базальтовое волокно | 玄武岩纤维
polymer | полимер | 聚合物；高分子
plastic | пластик; пластмасса | 塑料
biodegradable plastic | биоразлагаемый пластик | 可降解塑料；生物降解塑料
rubber | резина; каучук | 橡胶
ceramics | керамика | 陶瓷
glass | стекло | 玻璃
coating | покрытие | 涂层
paint | краска; лакокрасочные материалы | 涂料；油漆
adhesive; glue | клей | 胶粘剂；粘合剂
nanomaterial | наноматериал | 纳米材料
nanoparticle | наночастица | 纳米颗粒
graphene | графен | 石墨烯
carbon nanotube | углеродная нанотрубка | 碳纳米管
metal powder | металлический порошок | 金属粉末
alloy | сплав | 合金
aluminium; aluminum | алюминий | 铝
titanium | титан | 钛
steel | сталь | 钢；钢铁
stainless steel | нержавеющая сталь | 不锈钢
copper | медь | 铜
nickel | никель | 镍
rare earth metals; rare earths | редкоземельные металлы; редкоземельные элементы | 稀土；稀土金属
lithium | литий | 锂
gold | золото | 黄金；金
silver | серебро | 银
diamond | алмаз | 金刚石；钻石
synthetic diamond | синтетический алмаз | 人造金刚石；合成金刚石
coal | уголь | 煤炭；煤
iron ore | железная руда | 铁矿石
ore | руда | 矿石
mineral processing; ore beneficiation | обогащение руды; обогащение полезных ископаемых | 选矿
flotation | флотация | 浮选
heap leaching; leaching | кучное выщелачивание; выщелачивание | 堆浸；浸出
mining | добыча полезных ископаемых; горная добыча | 采矿
open-pit mining | открытая разработка; карьер | 露天开采
underground mining | подземная добыча | 地下开采
mining equipment | горное оборудование; горнодобывающее оборудование | 矿山设备；采矿设备
drilling | бурение | 钻探；钻井
geological exploration; exploration | геологоразведка; геологическая разведка | 地质勘探
tailings | хвосты обогащения; хвостохранилище | 尾矿
metallurgy | металлургия | 冶金
smelting | плавка | 冶炼
casting; foundry | литьё; литейное производство | 铸造
forging | ковка | 锻造
welding | сварка | 焊接
heat treatment | термообработка; термическая обработка | 热处理
corrosion protection; anticorrosion | защита от коррозии; антикоррозионная защита | 防腐；防腐蚀
wear resistance | износостойкость | 耐磨性
frost resistance; cold resistance | морозостойкость; хладостойкость | 耐寒性；抗冻性
thermal insulation | теплоизоляция | 保温；隔热
building materials | строительные материалы | 建筑材料
concrete | бетон | 混凝土
cement | цемент | 水泥
wood processing; timber | деревообработка; лесоматериалы | 木材加工；木材
textile | текстиль | 纺织品；纺织
nonwoven | нетканый материал | 无纺布
membrane | мембрана | 膜；薄膜
filter | фильтр | 过滤器
catalyst | катализатор | 催化剂
petrochemistry | нефтехимия | 石油化工
fine chemicals | тонкая химия | 精细化工
reagent | реагент | 试剂
oil and gas | нефть и газ; нефтегазовая отрасль | 石油天然气；油气
pipeline | трубопровод | 管道
superconductor | сверхпроводник | 超导体
semiconductor material | полупроводниковый материал | 半导体材料
silicon | кремний | 硅
sapphire | сапфир | 蓝宝石
optical fiber | оптическое волокно | 光纤
magnet; permanent magnet | магнит; постоянный магнит | 磁体；永磁体
recycling | переработка отходов; рециклинг | 回收利用；再生利用
waste | отходы | 废弃物；废物
scrap metal | металлолом | 废金属
packaging | упаковка | 包装
`;
