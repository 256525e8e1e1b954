/** Advanced materials and components beyond the basic materials list. */
export const advancedMaterialsTerms = `
metamaterial | метаматериал | 超材料
smart materials; shape memory alloy | умные материалы; сплав с памятью формы | 智能材料；形状记忆合金
functional materials | функциональные материалы | 功能材料
structural materials | конструкционные материалы | 结构材料
high-entropy alloy | высокоэнтропийный сплав | 高熵合金
superalloy; nickel-based superalloy | жаропрочный сплав; суперсплав | 高温合金
heat-resistant materials | термостойкие материалы; жаростойкие материалы | 耐热材料；耐高温材料
refractory materials; refractories | огнеупоры; огнеупорные материалы | 耐火材料
technical ceramics; advanced ceramics | техническая керамика; конструкционная керамика | 先进陶瓷；特种陶瓷
silicon nitride | нитрид кремния | 氮化硅
boron nitride | нитрид бора | 氮化硼
tungsten carbide; hard alloy | карбид вольфрама; твёрдый сплав | 碳化钨；硬质合金
amorphous alloy; metallic glass | аморфный сплав; металлическое стекло | 非晶合金
aluminium alloy | алюминиевый сплав | 铝合金
titanium alloy | титановый сплав | 钛合金
magnesium alloy | магниевый сплав | 镁合金
copper alloy; brass; bronze | медный сплав; латунь; бронза | 铜合金；黄铜；青铜
high-strength steel | высокопрочная сталь | 高强度钢
electrical steel | электротехническая сталь | 电工钢；硅钢
tool steel | инструментальная сталь | 工具钢
cold-resistant steel; Arctic steel | хладостойкая сталь | 耐低温钢；耐寒钢
thin films; thin-film coating | тонкие плёнки; тонкоплёночные покрытия | 薄膜涂层；薄膜沉积
vacuum deposition; sputtering | вакуумное напыление; магнетронное распыление | 真空镀膜；磁控溅射
thermal spraying; plasma spraying | газотермическое напыление; плазменное напыление | 热喷涂；等离子喷涂
hardening; surface hardening | упрочнение; поверхностное упрочнение | 表面强化；表面硬化
nanocoating | нанопокрытие | 纳米涂层
hydrophobic coating; superhydrophobic | гидрофобное покрытие; супергидрофобное | 疏水涂层；超疏水
anti-corrosion coating | антикоррозионное покрытие | 防腐涂层
powder coating | порошковая окраска; порошковое покрытие | 粉末涂料；喷粉
quantum dots | квантовые точки | 量子点
perovskite | перовскит | 钙钛矿
two-dimensional materials | двумерные материалы | 二维材料
fullerene | фуллерен | 富勒烯
nanocellulose | наноцеллюлоза | 纳米纤维素
nanofiber; electrospinning | нановолокно; электроформование | 纳米纤维；静电纺丝
porous materials; foam metal | пористые материалы; пеноматериалы | 多孔材料；泡沫金属
polymer composite; fiber-reinforced plastic | полимерный композит; стеклопластик | 纤维增强塑料；玻璃钢
prepreg | препрег | 预浸料
aramid fiber; Kevlar | арамидное волокно; кевлар | 芳纶纤维
ultra-high-molecular-weight polyethylene; UHMWPE | сверхвысокомолекулярный полиэтилен; СВМПЭ | 超高分子量聚乙烯
basalt composite; basalt reinforcement | базальтопластиковая арматура; композитная арматура | 玄武岩筋；复合筋
geosynthetics; geotextile | геосинтетики; геотекстиль | 土工合成材料；土工布
technical textiles | технический текстиль | 产业用纺织品；技术纺织品
smart textiles | умный текстиль | 智能纺织品
leather; tanning | кожа; кожевенное производство | 皮革；制革
natural fibers; flax | натуральные волокна; лён | 天然纤维；亚麻
wool; cashmere | шерсть; кашемир | 羊毛；羊绒
wood-polymer composite; WPC | древесно-полимерный композит; ДПК | 木塑复合材料
engineered wood; plywood | клеёная древесина; фанера | 工程木；胶合板
particleboard; MDF | ДСП; МДФ | 刨花板；中密度纤维板
insulating materials; dielectrics | изоляционные материалы; диэлектрики | 绝缘材料；电介质
magnetic materials; ferrite | магнитные материалы; феррит | 磁性材料；铁氧体
rare earth magnets; NdFeB | редкоземельные магниты; неодимовые магниты | 稀土永磁；钕铁硼
piezoelectric materials | пьезоэлектрические материалы; пьезокерамика | 压电材料
thermoelectric materials | термоэлектрические материалы | 热电材料
optical materials; optical glass | оптические материалы; оптическое стекло | 光学材料；光学玻璃
crystal growth; single crystal | выращивание кристаллов; монокристалл | 晶体生长；单晶
germanium optics; infrared optics | германиевая оптика; ИК-оптика | 红外光学；锗光学
high-purity materials; ultra-pure substances | особо чистые вещества; материалы высокой чистоты | 高纯材料；超纯物质
isotopes; stable isotopes | изотопы; стабильные изотопы | 同位素；稳定同位素
battery materials | материалы для аккумуляторов | 电池材料
hydrogen storage materials | материалы для хранения водорода | 储氢材料
catalytic converter | каталитический нейтрализатор | 催化转化器；三元催化
friction materials; brake pads | фрикционные материалы; тормозные колодки | 摩擦材料；刹车片
abrasives | абразивы; абразивные материалы | 磨料；磨具
industrial diamonds; diamond tools | технические алмазы; алмазный инструмент | 工业金刚石；金刚石工具
materials testing; mechanical testing | испытания материалов; механические испытания | 材料测试；力学性能测试
materials science | материаловедение | 材料科学
computational materials design | компьютерное моделирование материалов | 材料计算设计
`;
