import { direction } from './entry';

export const tourismDirections = [
  direction('tourism', null, '5.07', 'I',
    { ru: 'Туризм и гостеприимство', en: 'Tourism and hospitality', zh: '旅游与酒店业' },
    { ru: 'Туристические услуги, гостиницы, питание и событийные мероприятия.', en: 'Travel services, hotels, catering and events.', zh: '旅游服务、酒店、餐饮和节事活动。' }),
  direction('arctic_tourism', 'tourism', '5.07', 'N',
    { ru: 'Арктический и экспедиционный туризм', en: 'Arctic and expedition tourism', zh: '北极与探险旅游' },
    { ru: 'Путешествия в Арктику, к полюсу холода и по северным рекам.', en: 'Trips to the Arctic, to the Pole of Cold and along northern rivers.', zh: '前往北极、寒极和北方河流的旅行。' }),
  direction('ethnotourism', 'tourism', '5.07', 'N',
    { ru: 'Этнографический туризм', en: 'Ethnographic tourism', zh: '民族文化旅游' },
    { ru: 'Знакомство с культурой, праздниками и бытом народов Якутии.', en: 'Experiencing the culture, festivals and daily life of the peoples of Yakutia.', zh: '体验雅库特各民族的文化、节日和日常生活。' }),
  direction('ecotourism', 'tourism', '5.07', 'N',
    { ru: 'Экологический туризм', en: 'Ecotourism', zh: '生态旅游' },
    { ru: 'Туризм в национальных парках и природных достопримечательностях, таких как Ленские столбы.', en: 'Tourism in national parks and natural sites such as the Lena Pillars.', zh: '在国家公园和勒拿石柱等自然景观开展的旅游。' }),
  direction('event_tourism', 'tourism', '5.07', 'N',
    { ru: 'Событийный и деловой туризм', en: 'Event and business tourism', zh: '节事与商务旅游' },
    { ru: 'Фестивали, конгрессы, выставки и деловые поездки.', en: 'Festivals, congresses, exhibitions and business travel.', zh: '节庆、会议、展览和商务出行。' }),
] as const;
