/** Life sciences: molecular biology, laboratory methods, industrial and environmental biotechnology. */
export const lifescienceTerms = `
molecular biology | молекулярная биология | 分子生物学
synthetic biology | синтетическая биология | 合成生物学
genetic engineering; genetically modified organism; GMO | генная инженерия; генетически модифицированный организм; ГМО | 基因工程；转基因生物；转基因
DNA; deoxyribonucleic acid | ДНК; дезоксирибонуклеиновая кислота | 脱氧核糖核酸；DNA
RNA; ribonucleic acid | РНК; рибонуклеиновая кислота | 核糖核酸；RNA
gene expression | экспрессия генов | 基因表达
transcriptomics | транскриптомика | 转录组学
metabolomics | метаболомика | 代谢组学
metagenomics | метагеномика | 宏基因组学
next-generation sequencing; NGS | секвенирование нового поколения; NGS | 高通量测序；二代测序
DNA synthesis; gene synthesis | синтез ДНК; синтез генов | 基因合成；DNA合成
plasmid | плазмида | 质粒
viral vector; gene delivery vector | вектор; вирусный вектор | 病毒载体
cell line | клеточная линия | 细胞系
primary cells | первичные клетки | 原代细胞
induced pluripotent stem cells; iPSC | индуцированные плюрипотентные стволовые клетки; ИПСК | 诱导多能干细胞
organoid | органоид | 类器官
organ-on-a-chip | орган-на-чипе | 器官芯片
culture medium; cell culture medium | питательная среда; культуральная среда | 培养基
serum-free medium | бессывороточная среда | 无血清培养基
cryopreservation | криоконсервация | 冷冻保存；低温保存
flow cytometry | проточная цитометрия | 流式细胞术；流式细胞仪
mass spectrometry | масс-спектрометрия | 质谱；质谱分析
chromatography; HPLC | хроматография; ВЭЖХ | 色谱；高效液相色谱
electrophoresis | электрофорез | 电泳
ELISA; immunoassay | ИФА; иммуноферментный анализ | 酶联免疫吸附；免疫分析
microscopy; microscope | микроскопия; микроскоп | 显微镜；显微技术
electron microscope | электронный микроскоп | 电子显微镜
spectrophotometer; spectroscopy | спектрофотометр; спектроскопия | 分光光度计；光谱分析
centrifuge | центрифуга | 离心机
incubator shaker; CO2 incubator | шейкер-инкубатор; CO2-инкубатор | 摇床；二氧化碳培养箱
laminar flow cabinet; biosafety cabinet | ламинарный бокс; бокс биологической безопасности | 生物安全柜；超净工作台
pipette; liquid handling | дозатор; пипетка | 移液器；移液工作站
laboratory automation | автоматизация лаборатории | 实验室自动化
biosafety | биобезопасность | 生物安全
cleanroom | чистое помещение; чистая комната | 洁净室；无尘车间
downstream processing; purification | очистка продукта; выделение и очистка | 下游纯化；分离纯化
upstream processing | культивирование; наработка биомассы | 上游工艺
biopharmaceutical; biologic | биофармацевтический препарат; биопрепарат | 生物药；生物制品
industrial biotechnology | промышленная биотехнология | 工业生物技术
biocatalysis; biocatalyst | биокатализ; биокатализатор | 生物催化；生物催化剂
amino acid | аминокислота | 氨基酸
lysine | лизин | 赖氨酸
organic acid; lactic acid | органическая кислота; молочная кислота | 有机酸；乳酸
yeast | дрожжи | 酵母
microalgae; algae | микроводоросли; водоросли | 微藻；藻类
spirulina | спирулина | 螺旋藻
bacteriophage; phage | бактериофаг; фаг | 噬菌体
biofilm | биоплёнка | 生物膜
biosensor | биосенсор | 生物传感器
biochip; microarray | биочип; микрочип | 生物芯片；基因芯片
microfluidics | микрофлюидика | 微流控
biopolymer | биополимер | 生物聚合物
polylactic acid; PLA | полилактид; полимолочная кислота | 聚乳酸
collagen | коллаген | 胶原蛋白
hyaluronic acid | гиалуроновая кислота | 透明质酸
chitosan | хитозан | 壳聚糖
animal model; laboratory animals | модельные животные; лабораторные животные | 动物模型；实验动物
toxicology | токсикология | 毒理学
pharmacology | фармакология | 药理学
virology; virus | вирусология; вирус | 病毒学；病毒
microbiology | микробиология | 微生物学
bacteria | бактерии; бактерия | 细菌
immunoglobulin; serum | иммуноглобулин; сыворотка | 免疫球蛋白；血清
allergen | аллерген | 过敏原
bioethics | биоэтика | 生物伦理
biodiversity; gene pool | биоразнообразие; генофонд | 生物多样性；基因库
marine biotechnology | морская биотехнология | 海洋生物技术
cosmetics; cosmeceuticals | косметика; косметическое средство | 化妆品
nutraceutical | нутрицевтик | 营养保健品；营养品
antioxidant | антиоксидант | 抗氧化剂
`;
