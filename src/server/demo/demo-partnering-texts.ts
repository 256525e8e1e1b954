import type { ProfileType } from '../../shared/partnering';
import type { DirectionCode } from '../db/reference/directions';

/**
 * The demo world's offers and requests: Chinese residents of "Great Stone" writing in Chinese,
 * Hi-Tech Park companies in English, Yakut organizations in Russian — written so that the matches
 * across languages are ones a person would agree with. `author` names who writes it: a fixed
 * organization of the brief, or the n-th current resident of an ecosystem (by key, deterministic).
 */
export type DemoProfileSeed = {
  key: string;
  author: { organizationKey: string } | { ecosystemKey: string; index: number; country?: string };
  type: ProfileType;
  status: 'published' | 'submitted' | 'draft';
  anonymous?: boolean;
  title: string;
  summary: string;
  description: string;
  keywords: string[];
  directions: DirectionCode[];
  trl: number | null;
  partnershipTypes: ('licence' | 'joint_venture' | 'rd_cooperation' | 'manufacturing' | 'supply_distribution' | 'investment')[];
  dealSizeBand?: 'under_100k' | '100k_1m' | '1m_10m' | 'over_10m';
};

export const demoProfileSeeds: DemoProfileSeed[] = [
  {
    key: 'ruichuan-enzymes', author: { organizationKey: 'great-stone-demo-member' }, type: 'technology_offer', status: 'published', anonymous: true,
    title: '饲料用酶制剂与微生物饲料添加剂',
    summary: '我们在巨石工业园生产植酸酶、木聚糖酶等饲料用酶制剂和益生菌饲料添加剂，提高饲料转化率，适合寒冷地区的畜牧业。',
    description: '公司拥有自主筛选的菌株和发酵工艺，酶制剂在低温储存条件下保持活性。产品已在白俄罗斯和中国的养殖场使用，可降低饲料成本8%至12%。我们希望通过技术许可或合资企业在俄罗斯远东和雅库特地区生产饲料添加剂，并为当地的牲畜和驯鹿养殖提供配方和技术培训。',
    keywords: ['酶制剂', '饲料添加剂', '益生菌', '发酵'], directions: ['agro_biotechnology', 'industrial_biotechnology'], trl: 8, partnershipTypes: ['licence', 'joint_venture'],
  },
  {
    key: 'agatu-feed', author: { organizationKey: 'agatu' }, type: 'technology_request', status: 'published',
    title: 'Ищем ферментные препараты и кормовые добавки для животноводства Якутии',
    summary: 'Арктический агротехнологический университет и хозяйства-партнёры ищут ферменты и пробиотические кормовые добавки для скота и северных оленей.',
    description: 'Зимой корма в хозяйствах Якутии дороги, а их усвояемость низкая. Нам нужны ферментные препараты и пробиотики для кормовых добавок, которые сохраняют активность при хранении в холоде. Рассматриваем лицензию на технологию и совместное производство кормовых добавок в Якутске, готовы провести испытания на фермах университета и в оленеводческих хозяйствах.',
    keywords: ['ферменты', 'кормовые добавки', 'пробиотик', 'оленеводство'], directions: ['livestock', 'agro_biotechnology'], trl: 6, partnershipTypes: ['licence', 'joint_venture'],
  },
  {
    key: 'gs-bioreactor', author: { ecosystemKey: 'great-stone', index: 0, country: 'CN' }, type: 'technology_offer', status: 'published',
    title: '用于细胞治疗的一次性生物反应器',
    summary: '提供2至200升一次性生物反应器、无血清培养基和自动化控制软件，用于干细胞扩增和细胞治疗产品生产。',
    description: '我们的一次性生物反应器已在中国多家医院和生物医药企业使用，显著降低交叉污染和清洗验证成本。产品获得医疗器械注册，可在巨石工业园本地化生产。我们寻求与俄罗斯的医院和大学合作，提供技术许可、人员培训和联合临床前研究。',
    keywords: ['生物反应器', '细胞培养', '干细胞', '细胞治疗'], directions: ['medical_biotechnology', 'cell_technologies'], trl: 7, partnershipTypes: ['licence', 'rd_cooperation'],
  },
  {
    key: 'nefu-cells', author: { organizationKey: 'nefu' }, type: 'rd_cooperation_request', status: 'published',
    title: 'Совместные исследования: клеточные технологии для северной медицины',
    summary: 'Клиника СВФУ ищет партнёра по биореакторам и культивированию стволовых клеток для клеточной терапии в условиях Севера.',
    description: 'Медицинский институт и клиника университета развивают клеточную терапию для лечения ожогов и травм, частых на Севере. Нам нужны биореакторы для культивирования стволовых клеток и партнёр для совместных доклинических исследований, обучения персонала и, в перспективе, локализации производства клеточных продуктов в Якутске.',
    keywords: ['биореактор', 'стволовые клетки', 'клеточная терапия'], directions: ['cell_technologies', 'arctic_medicine'], trl: 5, partnershipTypes: ['rd_cooperation', 'licence'],
  },
  {
    key: 'gs-seals', author: { ecosystemKey: 'great-stone', index: 1, country: 'CN' }, type: 'technology_offer', status: 'published',
    title: '零下60度耐寒橡胶密封件',
    summary: '可在零下60度长期工作的耐寒橡胶密封件和软管，适用于矿山设备、管道和北极地区的工程机械。',
    description: '我们采用特种橡胶配方和纳米填料，密封件在极寒条件下保持弹性，寿命比普通产品长两倍。已向中国东北和蒙古的矿山供货。希望在俄罗斯寻找经销商，或与当地企业合作生产。',
    keywords: ['耐寒', '橡胶', '密封件', '矿山设备'], directions: ['cold_climate_materials', 'polymer_materials'], trl: 9, partnershipTypes: ['supply_distribution', 'manufacturing'],
  },
  {
    key: 'technopark-seals', author: { ecosystemKey: 'technopark-yakutia', index: 0 }, type: 'business_request', status: 'published',
    title: 'Нужны морозостойкие уплотнения для горной техники',
    summary: 'Сервисная компания горнодобывающей отрасли Якутии ищет поставщика морозостойких резиновых уплотнений и рукавов для работы при минус 55.',
    description: 'Мы обслуживаем карьерную технику на алмазных и угольных месторождениях. Зимой обычная резина трескается, уплотнения приходится менять каждые две недели. Ищем поставщика морозостойких уплотнений и гидравлических рукавов, готовы стать дистрибьютором в Якутии и провести испытания на наших объектах.',
    keywords: ['морозостойкость', 'уплотнения', 'горное оборудование'], directions: ['mining_equipment', 'cold_climate_materials'], trl: null, partnershipTypes: ['supply_distribution'],
  },
  {
    key: 'htp-vision', author: { ecosystemKey: 'hi-tech-park', index: 0 }, type: 'technology_offer', status: 'published',
    title: 'Machine vision for defect detection on production lines',
    summary: 'Computer vision system that finds surface defects on a production line in real time, trained on a few hundred images.',
    description: 'Our computer vision platform inspects products on the conveyor with industrial cameras and neural networks, flags defects and feeds quality control statistics to the ERP system. Deployed at food, packaging and metalworking plants in Belarus. We offer licences and integration projects, and look for partners in Russia and China.',
    keywords: ['computer vision', 'quality control', 'machine learning'], directions: ['computer_vision', 'industrial_digitalization'], trl: 8, partnershipTypes: ['licence', 'supply_distribution'],
  },
  {
    key: 'gs-vision-request', author: { ecosystemKey: 'great-stone', index: 2, country: 'CN' }, type: 'technology_request', status: 'published',
    title: '寻求生产线视觉缺陷检测系统',
    summary: '巨石工业园的电子制造企业寻求基于计算机视觉的产品缺陷检测系统，用于质量控制。',
    description: '我们的印刷电路板生产线目前依靠人工目检，漏检率较高。希望引进计算机视觉缺陷检测系统，并与本地合作伙伴共同开发适合我们产品的模型。',
    keywords: ['计算机视觉', '缺陷检测', '质量控制'], directions: ['computer_vision', 'electronic_components'], trl: 7, partnershipTypes: ['licence'],
  },
  {
    key: 'itpark-translation', author: { ecosystemKey: 'it-park-yakutsk', index: 0 }, type: 'technology_offer', status: 'published',
    title: 'Машинный перевод и распознавание речи для якутского языка',
    summary: 'Нейросетевой машинный перевод и распознавание речи для якутского, русского и английского языков.',
    description: 'Мы обучили модели машинного перевода и распознавания речи на корпусе якутских текстов и радиопередач. Решение работает в облаке и на собственных серверах заказчика, подходит для СМИ, госуслуг и образования. Ищем партнёров для локализации на другие языки Севера и Азии.',
    keywords: ['машинный перевод', 'распознавание речи', 'нейросеть'], directions: ['natural_language_processing'], trl: 7, partnershipTypes: ['licence', 'rd_cooperation'],
  },
  {
    key: 'htp-speech-request', author: { ecosystemKey: 'hi-tech-park', index: 1 }, type: 'technology_request', status: 'published',
    title: 'Seeking speech recognition for minority languages',
    summary: 'An edtech company seeks speech recognition and machine translation for the languages of Russia\'s North for its language-learning app.',
    description: 'Our language-learning app serves schools in Belarus and Russia. Regional customers ask for Yakut and other northern languages. We seek a licence for speech recognition and machine translation models, or joint development.',
    keywords: ['speech recognition', 'machine translation'], directions: ['natural_language_processing', 'edtech'], trl: 6, partnershipTypes: ['licence', 'rd_cooperation'],
  },
  {
    key: 'venture-mandate', author: { organizationKey: 'venture-company-yakutia' }, type: 'investment_offer', status: 'published',
    title: 'Инвестиции в стартапы ранних стадий: ИИ, биотехнологии, технологии для Арктики',
    summary: 'Венчурная компания Якутии инвестирует в стартапы посевной стадии и стадии роста в области искусственного интеллекта, биотехнологий и технологий для Севера.',
    description: 'Размер одного вложения — до 30 млн рублей, соинвестирование с фондами партнёров, в том числе из Беларуси и Китая. Ждём команды с прототипом и первыми клиентами; готовы помочь с выходом на рынок Якутии и Дальнего Востока.',
    keywords: ['венчурные инвестиции', 'стартап', 'посевной раунд'], directions: ['venture_investment'], trl: null, partnershipTypes: ['investment'], dealSizeBand: '100k_1m',
  },
  {
    key: 'htp-seed', author: { ecosystemKey: 'hi-tech-park', index: 2 }, type: 'investment_request', status: 'published',
    title: 'AI startup raising a seed round',
    summary: 'A Hi-Tech Park startup with a computer vision product for agriculture raises seed investment to enter Russia and Central Asia.',
    description: 'Our AI models count livestock and detect crop disease from drone images. Five paying customers in Belarus. We raise a seed round to open an office in Yakutsk and adapt the product to northern farms.',
    keywords: ['seed investment', 'artificial intelligence', 'startup'], directions: ['artificial_intelligence', 'venture_investment'], trl: 6, partnershipTypes: ['investment'], dealSizeBand: '100k_1m',
  },
  {
    key: 'gs-games', author: { ecosystemKey: 'great-stone', index: 3, country: 'CN' }, type: 'business_request', status: 'submitted',
    title: '寻求手游俄语本地化和联合开发伙伴',
    summary: '游戏发行商寻求俄罗斯的游戏工作室，合作进行手机游戏的俄语本地化和联合开发。',
    description: '我们在中国发行了多款休闲手机游戏，计划进入俄罗斯和白俄罗斯市场。需要熟悉当地玩家的游戏工作室负责俄语本地化、美术调整和联合开发新版本，合作方式可以是外包或合资。',
    keywords: ['手机游戏', '本地化', '游戏开发'], directions: ['mobile_games'], trl: null, partnershipTypes: ['joint_venture'],
  },
];

/** Expressions of interest at every step of the funnel: [from, to, message, step]. */
export const demoInterestSeeds: { from: string; to: string; message: string; step: 'sent' | 'introduced' | 'meeting' | 'agreement' | 'project' | 'closed'; daysAgo: number }[] = [
  { from: 'agatu-feed', to: 'ruichuan-enzymes', message: 'Заинтересованы в испытаниях ваших ферментных добавок на фермах университета и в лицензии на производство в Якутске.', step: 'agreement', daysAgo: 120 },
  { from: 'nefu-cells', to: 'gs-bioreactor', message: 'Предлагаем совместные доклинические исследования клеточной терапии ожогов на ваших биореакторах.', step: 'meeting', daysAgo: 60 },
  { from: 'technopark-seals', to: 'gs-seals', message: 'Готовы стать дистрибьютором ваших уплотнений в Якутии и провести зимние испытания.', step: 'project', daysAgo: 90 },
  { from: 'gs-vision-request', to: 'htp-vision', message: '希望在我们的电路板生产线上试点贵公司的视觉检测系统。', step: 'introduced', daysAgo: 20 },
  { from: 'htp-speech-request', to: 'itpark-translation', message: 'We would like to license your Yakut speech recognition for our school app.', step: 'sent', daysAgo: 3 },
  { from: 'htp-seed', to: 'venture-mandate', message: 'We are raising a seed round and plan an office in Yakutsk; may we send our deck?', step: 'closed', daysAgo: 75 },
];
