/** Tourism, hospitality, trade, finance and social services. */
export const servicesTerms = `
inbound tourism | въездной туризм | 入境旅游
domestic tourism | внутренний туризм | 国内旅游
tour operator; travel agency | туроператор; турагентство | 旅行社；旅游运营商
tourist route; travel itinerary | туристический маршрут | 旅游线路
tourist cluster; resort | туристический кластер; курорт | 旅游度假区；度假村
cultural tourism | культурный туризм; культурно-познавательный туризм | 文化旅游
gastronomic tourism; food tourism | гастрономический туризм | 美食旅游
industrial tourism | промышленный туризм | 工业旅游
hunting and fishing tourism | охотничий и рыболовный туризм | 狩猎旅游；垂钓旅游
cruise tourism; river cruise | круизный туризм; речной круиз | 邮轮旅游；游轮
glamping; camping | глэмпинг; кемпинг | 露营；豪华露营
guest house; hostel | гостевой дом; хостел | 民宿；青年旅舍
visa support; e-visa | визовая поддержка; электронная виза | 签证服务；电子签证
Chinese tourists; China friendly | китайские туристы; China Friendly | 中国游客；中国友好
MICE; business tourism | деловой туризм; MICE | 商务旅游；会奖旅游
congress and exhibition center | конгрессно-выставочный центр | 会展中心；会议中心
retail; retail trade | розничная торговля; ритейл | 零售；零售业
online retail; e-grocery | онлайн-ритейл; доставка продуктов | 网上零售；生鲜电商
live streaming commerce | продажи в прямом эфире; лайв-коммерция | 直播带货；直播电商
duty free | дьюти-фри; беспошлинная торговля | 免税店；免税
trading house | торговый дом | 贸易公司；商贸公司
farmers market; agricultural fair | фермерский рынок; сельскохозяйственная ярмарка | 农贸市场；农产品集市
franchise network; chain stores | франчайзинговая сеть | 连锁加盟；连锁店
point of sale; POS terminal | кассовое оборудование; POS-терминал | 收银系统；POS机
loyalty program | программа лояльности | 会员计划；积分计划
customer service; contact center | клиентский сервис; контакт-центр; колл-центр | 客户服务；呼叫中心
digital banking; neobank | цифровой банк; необанк | 数字银行；互联网银行
mobile payments; QR payments | мобильные платежи; оплата по QR-коду | 移动支付；扫码支付
cross-border payments | трансграничные платежи | 跨境支付
digital currency; digital ruble | цифровая валюта; цифровой рубль | 数字货币；数字人民币
cryptocurrency; crypto mining | криптовалюта; майнинг | 加密货币；挖矿
microfinance; microloans | микрофинансирование; микрозаймы | 小额信贷；小额贷款
insurtech | страховые технологии; инсуртех | 保险科技
regtech; regulatory technology | регуляторные технологии | 监管科技
credit scoring | кредитный скоринг | 信用评分；信用评估
anti-fraud; fraud detection | антифрод; выявление мошенничества | 反欺诈；欺诈检测
asset management | управление активами | 资产管理
social services; social care | социальные услуги; социальное обслуживание | 社会服务；社会福利
senior citizens; silver economy | старшее поколение; серебряная экономика | 银发经济；老年人
people with disabilities; accessibility services | люди с инвалидностью; безбарьерная среда | 残障人士；无障碍环境
child care; childcare services | уход за детьми; услуги по присмотру за детьми | 托育；儿童看护
sports; physical culture | спорт; физическая культура | 体育；体育运动
fitness; fitness center | фитнес; фитнес-центр | 健身；健身房
sports facility; stadium | спортивный объект; стадион | 体育场馆；体育场
winter sports; ski resort | зимние виды спорта; горнолыжный курорт | 冰雪运动；滑雪场
beauty industry; beauty salon | индустрия красоты; салон красоты | 美容业；美容院
wellness; healthy lifestyle | здоровый образ жизни; ЗОЖ; велнес | 健康生活方式；康养
security services; private security | охранные услуги; частная охрана | 安保服务；保安
cleaning services | клининг; клининговые услуги | 保洁服务；清洁服务
laundry; dry cleaning | прачечная; химчистка | 洗衣；干洗
funeral services | ритуальные услуги | 殡葬服务
real estate agency; realtor | агентство недвижимости; риелтор | 房产中介；房地产经纪
coliving; rental housing | колив; арендное жильё | 长租公寓；租赁住房
smart parking; parking | умная парковка; парковка | 智慧停车；停车场
government services center | многофункциональный центр; МФЦ | 政务服务中心
notary; legal registration | нотариус; нотариальные услуги | 公证；公证服务
patent attorney | патентный поверенный | 专利代理人；专利代理
translation agency; interpreting | бюро переводов; устный перевод | 翻译公司；口译
volunteering; NGO | волонтёрство; некоммерческая организация; НКО | 志愿服务；非政府组织
charity; philanthropy | благотворительность; благотворительный фонд | 慈善；公益
`;
