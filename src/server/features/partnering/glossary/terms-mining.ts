/** Mining, geology and metallurgy. */
export const miningTerms = `
mineral deposit; ore deposit | месторождение полезных ископаемых; месторождение | 矿床；矿藏
mineral resources; subsoil | минеральные ресурсы; недра; полезные ископаемые | 矿产资源
subsoil use licence | лицензия на пользование недрами; недропользование | 采矿权；矿业权
geological survey; geophysics | геологическая съёмка; геофизика | 地质调查；地球物理勘探
geochemistry | геохимия | 地球化学
core drilling | колонковое бурение; керн | 岩芯钻探
resource estimation; JORC | оценка запасов; подсчёт запасов | 资源量估算；储量评估
feasibility study | технико-экономическое обоснование; ТЭО | 可行性研究；可研报告
mining enterprise; mine site | рудник; горнодобывающее предприятие | 矿山；矿井
quarry; stone quarry | каменный карьер; щебёночный карьер | 采石场；露天矿坑
placer mining; alluvial gold | россыпная добыча; россыпное золото | 砂矿开采；砂金
gold mining | золотодобыча | 金矿开采；黄金开采
gold ore | золотая руда | 金矿石；金矿
diamond mining | добыча алмазов; алмазодобыча | 钻石开采；金刚石开采
rough diamonds; diamond cutting | алмазы-сырьё; огранка алмазов | 毛坯钻石；钻石切割
coal mining | угледобыча | 煤炭开采；采煤
coking coal | коксующийся уголь | 焦煤；炼焦煤
tin | олово | 锡
tungsten | вольфрам | 钨
antimony | сурьма | 锑
molybdenum | молибден | 钼
zinc; lead-zinc ore | цинк; свинцово-цинковая руда | 锌；铅锌矿
lead ore; lead metal | свинец | 铅矿；铅
cobalt | кобальт | 钴
platinum group metals; platinum | металлы платиновой группы; платина | 铂族金属；铂
palladium | палладий | 钯
uranium mining | добыча урана | 铀矿开采
niobium; tantalum | ниобий; тантал | 铌；钽
vanadium | ванадий | 钒
manganese | марганец | 锰
chromium | хром | 铬
magnesium | магний | 镁
beryllium | бериллий | 铍
scandium | скандий | 钪
gallium; germanium | галлий; германий | 镓；锗
critical minerals; strategic metals | критически важные минералы; стратегические металлы | 关键矿产；战略金属
phosphate rock; apatite | фосфориты; апатит | 磷矿；磷灰石
potash; potassium salts | калийные соли | 钾盐
fluorite | флюорит; плавиковый шпат | 萤石
graphite ore; natural graphite | природный графит | 天然石墨；石墨矿
quartz; high-purity quartz | кварц; кварц высокой чистоты | 石英；高纯石英
gemstones | драгоценные камни; самоцветы | 宝石
amber | янтарь | 琥珀
crushing and grinding | дробление и измельчение | 破碎；磨矿
crusher | дробилка | 破碎机
ball mill; grinding mill | шаровая мельница; мельница | 球磨机；磨机
magnetic separation | магнитная сепарация | 磁选
gravity concentration | гравитационное обогащение | 重选
ore concentrate; mineral concentrate | концентрат; рудный концентрат | 精矿
hydrometallurgy | гидрометаллургия | 湿法冶金
pyrometallurgy | пирометаллургия | 火法冶金
cyanidation | цианирование | 氰化；氰化提金
refining of metals; refinery of precious metals | аффинаж | 精炼；贵金属精炼
non-ferrous metallurgy | цветная металлургия | 有色金属冶炼；有色冶金
ferrous metallurgy; steelmaking | чёрная металлургия; сталеплавильное производство | 钢铁冶金；炼钢
blast furnace | доменная печь | 高炉
electric arc furnace | дуговая сталеплавильная печь | 电弧炉
rolling mill; rolled metal | прокатный стан; металлопрокат | 轧机；轧材
pipe manufacturing; steel pipe | трубное производство; стальные трубы | 钢管；管材制造
metal wire; steel wire | проволока | 金属线材；钢丝
ferroalloys | ферросплавы | 铁合金
powder metallurgy | порошковая металлургия | 粉末冶金
precious metals | драгоценные металлы | 贵金属
rare metals | редкие металлы | 稀有金属
mine ventilation | рудничная вентиляция | 矿井通风
mine safety | безопасность горных работ | 矿山安全；安全生产
blasting; explosives | буровзрывные работы; взрывчатые вещества | 爆破；炸药
dump truck; mining truck | карьерный самосвал; самосвал | 矿用卡车；自卸车
excavator | экскаватор | 挖掘机
bulldozer; wheel loader | бульдозер; погрузчик | 推土机；装载机
conveyor belt | ленточный конвейер | 带式输送机；皮带输送机
mine automation; smart mine | автоматизация горных работ; умный рудник | 智慧矿山；矿山自动化
mine dewatering | водоотлив; осушение горных выработок | 矿井排水
mine reclamation; land rehabilitation | рекультивация земель | 矿山复垦；土地复垦
mineralogy; mineral analysis | минералогия; минералогический анализ | 矿物学；矿物分析
assay laboratory | пробирная лаборатория; пробирный анализ | 化验室；试金分析
geotechnics | геотехника; геомеханика | 岩土工程；地质力学
permafrost mining | разработка многолетнемёрзлых пород | 冻土开采
`;
