/** Biotechnology, medicine, pharmaceuticals, food and agriculture. */
export const biotechTerms = `
bioreactor; fermenter | биореактор; ферментер | 生物反应器；发酵罐
fermentation | ферментация; брожение | 发酵
cell culture | клеточная культура; культура клеток | 细胞培养
cell therapy | клеточная терапия | 细胞治疗；细胞疗法
cell technologies | клеточные технологии | 细胞技术
stem cells; stem cell | стволовые клетки; стволовая клетка | 干细胞
gene therapy | генная терапия | 基因治疗；基因疗法
gene editing; CRISPR | редактирование генома; CRISPR | 基因编辑
genome sequencing; sequencing | секвенирование; секвенирование генома | 基因测序；测序
PCR; polymerase chain reaction | ПЦР; полимеразная цепная реакция | PCR；聚合酶链式反应
diagnostic test; test kit | диагностический тест; тест-система | 诊断试剂；检测试剂盒
vaccine | вакцина | 疫苗
monoclonal antibody; antibody | моноклональное антитело; антитело | 单克隆抗体；抗体
recombinant protein | рекомбинантный белок | 重组蛋白
enzyme | фермент; энзим | 酶；酶制剂
probiotic | пробиотик | 益生菌
starter culture | закваска; заквасочная культура | 发酵剂
microorganism; microbe | микроорганизм | 微生物
strain | штамм | 菌株
biomass | биомасса | 生物质
biofuel | биотопливо | 生物燃料
biogas | биогаз | 沼气
biofertilizer | биоудобрение | 生物肥料
biopesticide; biological plant protection | биопестицид; биологическая защита растений | 生物农药
feed additive | кормовая добавка | 饲料添加剂
veterinary drug | ветеринарный препарат | 兽药
plant breeding; breeding | селекция растений; селекция | 植物育种；育种
seed; seeds | семена | 种子
greenhouse | теплица | 温室
vertical farm | вертикальная ферма | 垂直农场
hydroponics | гидропоника | 水培
precision agriculture | точное земледелие | 精准农业
livestock | животноводство; скот | 畜牧业；牲畜
aquaculture; fish farming | аквакультура; рыбоводство | 水产养殖
dairy products; milk | молочная продукция; молоко | 乳制品；牛奶
meat processing | переработка мяса; мясопереработка | 肉类加工
grain | зерно | 粮食；谷物
food processing | переработка пищевых продуктов; пищевая переработка | 食品加工
functional food | функциональное питание; функциональные продукты | 功能性食品
dietary supplement | биологически активная добавка; БАД | 膳食补充剂；保健品
plant extract | растительный экстракт | 植物提取物
bioactive compound | биологически активное вещество | 生物活性物质
medicinal plants | лекарственные растения | 药用植物
traditional Chinese medicine | традиционная китайская медицина | 中医药；中药
pharmaceutical; drug | лекарственный препарат; лекарство | 药品；药物
generic drug | дженерик | 仿制药
active pharmaceutical ingredient; API substance | фармацевтическая субстанция; активная фармацевтическая субстанция | 原料药
clinical trial | клинические испытания; клиническое исследование | 临床试验
preclinical study | доклинические исследования | 临床前研究
drug delivery | доставка лекарств | 药物递送
medical device | медицинское изделие | 医疗器械
diagnostics | диагностика | 诊断
in vitro diagnostics | диагностика in vitro | 体外诊断
medical imaging | медицинская визуализация | 医学影像
ultrasound | ультразвук; УЗИ | 超声
X-ray; radiography | рентген; рентгенография | X射线；放射摄影
MRI; magnetic resonance imaging | МРТ; магнитно-резонансная томография | 磁共振成像
CT scanner; computed tomography | компьютерная томография; КТ | 计算机断层扫描；CT
telemedicine | телемедицина | 远程医疗
implant | имплант; имплантат | 植入物
prosthesis; prosthetics | протез; протезирование | 假肢；义肢
orthopedics | ортопедия | 骨科
dental | стоматология; стоматологический | 牙科；口腔
rehabilitation | реабилитация | 康复
oncology; cancer | онкология; рак | 肿瘤学；癌症
cardiology | кардиология | 心脏病学
tissue engineering | тканевая инженерия | 组织工程
biomaterial | биоматериал | 生物材料
bioprinting | биопечать | 生物打印
wound healing; wound dressing | заживление ран; раневое покрытие | 伤口愈合；伤口敷料
sterilization | стерилизация | 灭菌；消毒
laboratory equipment | лабораторное оборудование | 实验室设备
biobank | биобанк | 生物样本库
bioinformatics | биоинформатика | 生物信息学
genomics | геномика | 基因组学
proteomics | протеомика | 蛋白质组学
microbiome | микробиом | 微生物组
antibiotic | антибиотик | 抗生素
antimicrobial resistance | антибиотикорезистентность | 抗菌素耐药性
wastewater treatment | очистка сточных вод | 污水处理
bioremediation | биоремедиация | 生物修复
composting | компостирование | 堆肥
reindeer husbandry; reindeer | оленеводство; северный олень | 驯鹿养殖；驯鹿
permafrost | вечная мерзлота | 永久冻土；冻土
berries; wild berries | ягоды; дикоросы | 浆果；野生浆果
mushrooms | грибы | 蘑菇；菌类
honey | мёд; мед | 蜂蜜
tea | чай | 茶叶；茶
soybean | соя | 大豆
potato | картофель | 马铃薯；土豆
irrigation | орошение; ирригация | 灌溉
soil | почва | 土壤
fertilizer | удобрение | 肥料
agricultural machinery; tractor | сельскохозяйственная техника; трактор | 农业机械；拖拉机
cold chain | холодовая цепь; холодная цепь | 冷链
food safety | безопасность пищевых продуктов; пищевая безопасность | 食品安全
halal | халяль | 清真
`;
