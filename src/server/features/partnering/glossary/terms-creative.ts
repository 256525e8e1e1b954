/** Creative industries: cinema, animation, games, design, music, media, crafts and culture. */
export const creativeTerms = `
feature film | художественный фильм | 故事片；剧情片
documentary film; documentary | документальный фильм; документальное кино | 纪录片
short film | короткометражный фильм | 短片；微电影
film studio | киностудия | 电影制片厂；影视基地
film distribution | кинопрокат; дистрибуция фильмов | 电影发行
cinema theatre; movie theater | кинотеатр | 电影院
film festival | кинофестиваль | 电影节
screenplay; scriptwriting | сценарий; сценарное мастерство | 剧本；编剧
film director; directing | режиссёр; режиссура | 导演
cinematography; camera work | операторская работа | 电影摄影；摄像
post-production; video editing | постпродакшн; видеомонтаж | 后期制作；剪辑
color grading | цветокоррекция | 调色
sound design; sound production | звукорежиссура; саунд-дизайн | 声音设计；音效
dubbing; voice-over | дубляж; озвучивание | 配音
subtitles; subtitling | субтитры | 字幕
co-production; film co-production | копродукция; совместное производство фильмов | 合拍片；联合制作
film location; location scouting | локация для съёмок; натурные съёмки | 外景地；取景地
virtual production; LED volume | виртуальное производство; LED-павильон | 虚拟制片
motion capture | захват движения; моушн-кэпчер | 动作捕捉
3D animation; CGI | 3D-анимация; компьютерная графика CGI | 三维动画；CG动画
2D animation | 2D-анимация; рисованная анимация | 二维动画
animated series; cartoon | анимационный сериал; мультсериал; мультфильм | 动画片；动画系列
TV series; web series | телесериал; сериал | 电视剧；剧集
television production; TV show | телепроизводство; телешоу | 电视节目制作；综艺节目
online cinema; video on demand | онлайн-кинотеатр; видео по запросу | 网络视频平台；视频点播
film rights; screen rights | права на экранизацию; права на фильм | 影视版权；改编权
mobile game | мобильная игра | 手机游戏；手游
PC game; console game | компьютерная игра; консольная игра | 电脑游戏；主机游戏
indie game; indie developer | инди-игра; инди-разработчик | 独立游戏
game publishing; game publisher | издание игр; издатель игр | 游戏发行；游戏发行商
game design; level design | геймдизайн; дизайн уровней | 游戏设计；关卡设计
game art; concept art | игровая графика; концепт-арт | 游戏美术；原画
esports; cybersport | киберспорт | 电子竞技；电竞
serious games; gamification | серьёзные игры; геймификация | 严肃游戏；游戏化
educational game | обучающая игра; образовательная игра | 教育游戏
board game | настольная игра | 桌游；桌面游戏
in-game monetization; free-to-play | монетизация игр; внутриигровые покупки | 游戏变现；内购
game localization | локализация игр | 游戏本地化
extended reality; XR | расширенная реальность; XR | 扩展现实
mixed reality; MR | смешанная реальность | 混合现实
immersive experience; immersive show | иммерсивный опыт; иммерсивное шоу | 沉浸式体验；沉浸式演出
projection mapping; video mapping | видеомаппинг; проекционный маппинг | 投影映射；光影秀
digital art; new media art | цифровое искусство; медиаискусство | 数字艺术；新媒体艺术
NFT; digital collectibles | NFT; невзаимозаменяемый токен | 数字藏品；NFT
graphic design | графический дизайн | 平面设计
brand identity; branding | фирменный стиль; брендинг | 品牌设计；品牌形象
logo design | разработка логотипа; логотип | 标志设计；Logo设计
illustration | иллюстрация | 插画；插图
typography; type design | типографика; шрифтовой дизайн | 字体设计；排版
interior design | дизайн интерьера | 室内设计
architectural design | архитектурное проектирование | 建筑设计
landscape design | ландшафтный дизайн | 景观设计；园林设计
product design | предметный дизайн; дизайн продукта | 产品设计
packaging design | дизайн упаковки | 包装设计
fashion design; clothing design | дизайн одежды; модельер | 时装设计；服饰设计
clothing; apparel | одежда | 服装
footwear; shoes | обувь | 鞋类；鞋
jewelry; jewellery | ювелирные изделия; ювелирное дело | 珠宝；首饰
souvenirs | сувениры; сувенирная продукция | 纪念品；旅游纪念品
photography | фотография; фотосъёмка | 摄影艺术；摄影服务
music production; recording studio | музыкальное продюсирование; студия звукозаписи | 音乐制作；录音棚
music streaming | музыкальный стриминг | 音乐流媒体
concert; live music | концерт; живая музыка | 演唱会；现场音乐
music festival | музыкальный фестиваль | 音乐节
musical instruments | музыкальные инструменты | 乐器
khomus; jaw harp | хомус; варган | 口弦琴
performing arts; theatre | исполнительское искусство; театр | 表演艺术；剧院
dance; ballet | танец; балет | 舞蹈；芭蕾
circus | цирк | 马戏
museum | музей | 博物馆
art exhibition; art gallery | художественная выставка; галерея | 艺术展览；画廊
cultural heritage | культурное наследие | 文化遗产
intangible cultural heritage | нематериальное культурное наследие | 非物质文化遗产；非遗
folk art; applied art | народное творчество; декоративно-прикладное искусство | 民间艺术；工艺美术
indigenous peoples; northern peoples | коренные народы; коренные малочисленные народы Севера | 少数民族；北方原住民
Yakut culture; Olonkho | якутская культура; олонхо | 雅库特文化；奥隆霍史诗
wood carving | резьба по дереву | 木雕
beadwork; embroidery | вышивка бисером; вышивка | 刺绣；串珠
leather goods; fur products | изделия из кожи; меховые изделия | 皮具；皮草制品
ceramics art; pottery | гончарное дело; художественная керамика | 陶艺；陶器
textile art; weaving | ткачество; художественный текстиль | 织造；纺织艺术
book publishing; books | издание книг; книги | 图书出版；图书
comics; manga | комиксы; манга | 漫画；连环画
translation services | переводческие услуги; письменный перевод | 翻译服务
journalism; news media | журналистика; новостные СМИ | 新闻；新闻媒体
mass media | средства массовой информации; масс-медиа | 大众媒体；传媒
blogging; blogger | блогинг; блогер | 博主；自媒体
influencer marketing | маркетинг влияния; инфлюенс-маркетинг | 网红营销；达人营销
content creator; user-generated content | автор контента; пользовательский контент | 内容创作者；用户生成内容
short video | короткие видео; короткое видео | 短视频
podcast | подкаст | 播客
radio station; radio broadcasting | радиостанция; радиовещание | 电台；广播电台
digital marketing; internet marketing | цифровой маркетинг; интернет-маркетинг | 数字营销；网络营销
event industry; event management | событийная индустрия; ивент-индустрия | 会展活动；活动策划
creative economy | креативная экономика | 创意经济
creative cluster; creative hub | креативный кластер; креативное пространство | 文创园区；创意园区
cultural and creative products | культурно-креативная продукция | 文创产品
character licensing; licensing of characters | лицензирование персонажей | 角色授权；IP授权
art residency | арт-резиденция | 艺术驻地
`;
