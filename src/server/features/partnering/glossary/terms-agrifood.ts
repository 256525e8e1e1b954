/** Agriculture, forestry, fisheries and the food industry. */
export const agrifoodTerms = `
crop production; crop farming | растениеводство | 种植业；作物生产
poultry farming; poultry | птицеводство; птица | 家禽养殖；禽类
pig farming; pork | свиноводство; свинина | 养猪；猪肉
cattle; beef | крупный рогатый скот; КРС; говядина | 肉牛；牛肉
dairy farming; dairy cattle | молочное животноводство | 奶牛养殖；奶业
horse breeding; Yakut horse | коневодство; якутская лошадь | 马匹养殖；雅库特马
fur farming; furs | звероводство; пушнина | 毛皮动物养殖；毛皮
fisheries; fishing | рыболовство; рыбный промысел | 渔业；捕捞
fish processing | рыбопереработка; переработка рыбы | 水产品加工；鱼类加工
seafood | морепродукты | 海鲜；水产品
wheat | пшеница | 小麦
rice | рис | 大米；水稻
corn; maize | кукуруза | 玉米
barley | ячмень | 大麦
oats | овёс | 燕麦
rapeseed; canola | рапс | 油菜籽；油菜
sunflower; sunflower oil | подсолнечник; подсолнечное масло | 向日葵；葵花籽油
vegetable oil | растительное масло | 植物油；食用油
flour; flour milling | мука; мукомольное производство | 面粉；制粉
bakery products; bread | хлебобулочные изделия; хлеб | 烘焙食品；面包
confectionery | кондитерские изделия | 糖果；糕点
sugar | сахар | 食糖；白糖
beverages; soft drinks | напитки; безалкогольные напитки | 饮料；软饮料
mineral water; drinking water | минеральная вода; питьевая вода | 矿泉水；饮用水
beer; brewing | пиво; пивоварение | 啤酒；酿造
wine; winemaking | вино; виноделие | 葡萄酒；酿酒
cheese | сыр | 奶酪
yogurt; fermented milk products | йогурт; кисломолочные продукты | 酸奶；发酵乳制品
infant formula; baby food | детское питание; детская смесь | 婴幼儿配方奶粉；婴儿食品
sausages; meat products | колбасные изделия; мясные продукты | 香肠；肉制品
canned food; canning | консервы; консервирование | 罐头；罐头食品
frozen food | замороженные продукты; заморозка | 冷冻食品；速冻食品
freeze drying; lyophilization | сублимационная сушка; лиофилизация | 冷冻干燥；冻干
drying of food | сушка продуктов | 食品干燥；脱水
food packaging | пищевая упаковка | 食品包装
shelf life | срок годности | 保质期
food additive | пищевая добавка | 食品添加剂
flavoring; food flavor | ароматизатор | 香精；食用香料
sweetener | подсластитель; сахарозаменитель | 甜味剂；代糖
plant-based protein; plant-based meat | растительный белок; растительное мясо | 植物蛋白；植物肉
cultured meat | культивированное мясо | 细胞培养肉；人造肉
insect protein | белок насекомых | 昆虫蛋白
organic food; organic farming | органическая продукция; органическое земледелие | 有机食品；有机农业
eco-friendly products | экологически чистая продукция | 绿色食品；生态产品
food security | продовольственная безопасность | 粮食安全
food traceability | прослеживаемость продукции | 食品溯源；产品追溯
agricultural drone | сельскохозяйственный дрон; агродрон | 农业无人机；植保无人机
crop protection; pesticide | защита растений; пестицид | 植物保护；农药
herbicide | гербицид | 除草剂
plant disease; pests | болезни растений; вредители | 植物病害；病虫害
mineral fertilizer; NPK | минеральное удобрение | 化肥；复合肥
potash fertilizer | калийное удобрение | 钾肥
nitrogen fertilizer | азотное удобрение | 氮肥
soil fertility | плодородие почвы | 土壤肥力
land reclamation; melioration | мелиорация | 土地改良；农田水利
drip irrigation | капельное орошение | 滴灌
harvester; combine harvester | комбайн; зерноуборочный комбайн | 收割机；联合收割机
grain storage; grain elevator | хранение зерна; элеватор | 粮食仓储；粮仓
animal feed; compound feed | корм; комбикорм | 饲料
forage; hay | кормовые культуры; сено | 饲草；干草
veterinary medicine | ветеринария | 兽医学；兽医
animal health | здоровье животных | 动物健康；动物疫病防控
artificial insemination | искусственное осеменение | 人工授精
livestock genetics | генетика животных; племенное дело | 家畜遗传育种；种畜
greenhouse vegetables | тепличные овощи | 温室蔬菜
vegetables | овощи | 蔬菜
fruit | фрукты | 水果
horticulture | садоводство | 园艺
floriculture; flowers | цветоводство; цветы | 花卉
seed production | семеноводство | 种子生产；制种
agricultural cooperative | сельскохозяйственный кооператив | 农业合作社
farm; farming | ферма; фермерское хозяйство | 农场
agroholding; agribusiness | агрохолдинг; агробизнес | 农业企业；农业综合企业
agricultural products | сельскохозяйственная продукция | 农产品
forestry | лесное хозяйство | 林业
timber harvesting; logging | лесозаготовка | 木材采伐；伐木
sawmill; lumber | лесопильное производство; пиломатериалы | 锯材厂；锯材
wood pellets | древесные пеллеты; пеллеты | 木屑颗粒；生物质颗粒燃料
pulp and paper | целлюлозно-бумажная промышленность | 制浆造纸
non-timber forest products | недревесные лесные ресурсы | 林下产品；非木材林产品
pine nuts | кедровый орех | 松子
wild game; venison | дичь; оленина | 野味；鹿肉
northern food products | северные продукты питания | 北方特色食品
fish farming equipment; recirculating aquaculture | установка замкнутого водоснабжения; УЗВ | 循环水养殖
fish hatchery; hatchery | рыбоводный завод; молодь | 鱼苗场；鱼苗
slaughterhouse | бойня; убойный пункт | 屠宰场
smoking of fish and meat | копчение | 烟熏
food production equipment | оборудование для пищевого производства | 食品机械；食品加工设备
catering; food service | общественное питание | 餐饮；餐饮服务
restaurant | ресторан | 餐厅；饭店
retail chain; supermarket | торговая сеть; супермаркет | 零售连锁；超市
animal welfare | благополучие животных | 动物福利
rural development | развитие сельских территорий | 乡村振兴；农村发展
`;
