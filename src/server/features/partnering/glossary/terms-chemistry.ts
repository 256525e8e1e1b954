/** Chemistry and the chemical industry. */
export const chemistryTerms = `
chemical industry | химическая промышленность; химпром | 化学工业；化工
basic chemicals; commodity chemicals | базовая химия; основная химия | 基础化工；大宗化学品
specialty chemicals | специальная химия; специальные химикаты | 专用化学品；特种化学品
organic synthesis | органический синтез | 有机合成
inorganic chemistry; inorganic chemicals | неорганическая химия; неорганические вещества | 无机化学；无机化工
polymer chemistry; polymerization | химия полимеров; полимеризация | 高分子化学；聚合反应
polyethylene | полиэтилен | 聚乙烯
polypropylene | полипропилен | 聚丙烯
polyvinyl chloride; PVC | поливинилхлорид; ПВХ | 聚氯乙烯；PVC
polystyrene; foam plastic | полистирол; пенопласт | 聚苯乙烯；泡沫塑料
polyurethane | полиуретан | 聚氨酯
polyamide; nylon | полиамид; нейлон | 聚酰胺；尼龙
polycarbonate | поликарбонат | 聚碳酸酯
PET; polyethylene terephthalate | ПЭТ; полиэтилентерефталат | 聚对苯二甲酸乙二醇酯；PET
epoxy resin | эпоксидная смола | 环氧树脂
resin; synthetic resin | смола; синтетическая смола | 树脂；合成树脂
engineering plastics | конструкционные пластики; инженерные пластики | 工程塑料
masterbatch; plastic additives | суперконцентрат; добавки для пластмасс | 色母粒；塑料助剂
synthetic rubber; elastomer | синтетический каучук; эластомер | 合成橡胶；弹性体
tires; tyres | шины | 轮胎
methanol | метанол | 甲醇
ethylene | этилен | 乙烯
ammonia | аммиак | 合成氨；氨
sulfuric acid | серная кислота | 硫酸
soda ash; caustic soda | кальцинированная сода; каустическая сода | 纯碱；烧碱
chlorine | хлор | 氯气；氯碱
hydrogen peroxide | перекись водорода; пероксид водорода | 过氧化氢；双氧水
solvent | растворитель | 溶剂
surfactant; detergent | поверхностно-активное вещество; ПАВ; моющее средство | 表面活性剂；洗涤剂
household chemicals | бытовая химия | 日用化学品；家用化学品
agrochemicals | агрохимия; агрохимикаты | 农用化学品；农化
varnish; lacquer | лак; ЛКМ | 清漆
pigment; dye | пигмент; краситель | 颜料；染料
sealant | герметик | 密封胶
lubricating oil; grease | смазочное масло; консистентная смазка | 润滑脂
activated carbon | активированный уголь | 活性炭
sorbent; adsorbent | сорбент; адсорбент | 吸附剂
zeolite | цеолит | 沸石
ion exchange resin | ионообменная смола | 离子交换树脂
silica; silicon dioxide | диоксид кремния; кремнезём | 二氧化硅；白炭黑
silicone | силикон; кремнийорганические соединения | 有机硅；硅胶
fluoropolymer; PTFE | фторполимер; фторопласт | 含氟聚合物；聚四氟乙烯
carbon black | технический углерод | 炭黑
industrial explosives | промышленные взрывчатые вещества | 工业炸药
pharmaceutical intermediates | фармацевтические субстанции-интермедиаты; интермедиаты | 医药中间体
chemical reactor | химический реактор | 化学反应器；反应釜
distillation; rectification | дистилляция; ректификация | 蒸馏；精馏
crystallization | кристаллизация | 结晶
solvent extraction; liquid extraction | экстракция; жидкостная экстракция | 萃取；溶剂萃取
evaporation | выпаривание; испарение | 蒸发
drying equipment; dryer | сушильное оборудование; сушилка | 干燥设备；烘干机
process engineering; chemical engineering | химическая технология; химическая инженерия | 化学工程；化工工艺
analytical chemistry; chemical analysis | аналитическая химия; химический анализ | 分析化学；化学分析
electrochemistry | электрохимия | 电化学
electroplating; galvanizing | гальваника; цинкование | 电镀；镀锌
green chemistry | зелёная химия | 绿色化学
chemical safety; REACH | химическая безопасность | 化学品安全；危化品管理
rare earth separation | разделение редкоземельных элементов | 稀土分离
lithium extraction; brine | извлечение лития; рассолы | 提锂；卤水
hydrogen sulfide | сероводород | 硫化氢
sulfur | сера | 硫磺
nitrogen | азот | 氮气
oxygen; oxygen production | кислород; производство кислорода | 氧气；制氧
helium | гелий | 氦气
carbon dioxide; CO2 | углекислый газ; диоксид углерода | 二氧化碳
aerogel | аэрогель | 气凝胶
phase change material | материал с фазовым переходом | 相变材料
photocatalyst | фотокатализатор | 光催化剂
chemical fiber; aramid | химическое волокно; арамид | 化学纤维；芳纶
biodegradable materials; compostable | биоразлагаемые материалы | 可降解材料；可堆肥材料
`;
