import type { EvalTopic } from './eval-set';

/** IT, electronics, creative industries and education. */
export const topicsDigital: EvalTopic[] = [
  { kind: 'technology', third: 'request', profiles: [
    ['zh', 'computer_vision', '工业视觉缺陷检测', '基于深度学习的计算机视觉系统，用于生产线上的产品缺陷检测。'],
    ['ru', 'industrial_digitalization', 'Ищем систему машинного зрения для контроля качества', 'Завод ищет систему компьютерного зрения для автоматического контроля качества на конвейере.'],
    ['en', 'computer_vision', 'Visual inspection for a packaging line', 'A packaging manufacturer seeks machine vision for defect detection on its production line.'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['ru', 'natural_language_processing', 'Машинный перевод для якутского языка', 'Нейросетевой машинный перевод и распознавание речи для якутского и русского языков.'],
    ['en', 'natural_language_processing', 'Seeking speech recognition for minority languages', 'A broadcaster seeks speech recognition and machine translation for minority languages of the North.'],
    ['zh', 'natural_language_processing', '少数民族语言机器翻译', '提供面向少数民族语言的机器翻译和语音识别技术。'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['en', 'cybersecurity', 'Security operations centre as a service', 'Managed cybersecurity monitoring, incident response and penetration testing for industrial companies.'],
    ['zh', 'cybersecurity', '寻求网络安全监测服务', '制造企业需要网络安全监测和渗透测试服务。'],
    ['ru', 'cybersecurity', 'Нужен аутсорсинг информационной безопасности', 'Банк ищет партнёра по мониторингу информационной безопасности и реагированию на инциденты.'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['zh', 'internet_of_things', '物联网传感器平台', '低功耗物联网传感器和平台，用于设备远程监测与预测性维护。'],
    ['ru', 'internet_of_things', 'Ищем датчики интернета вещей для мониторинга оборудования', 'Энергокомпания ищет беспроводные датчики и платформу интернета вещей для удалённого мониторинга подстанций.'],
    ['en', 'internet_of_things', 'LoRaWAN sensors for equipment monitoring', 'Wireless IoT sensors and a cloud platform for predictive maintenance of industrial equipment.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['ru', 'data_centers', 'Северный ЦОД с естественным охлаждением', 'Строим центр обработки данных с естественным охлаждением холодным воздухом Якутии, предлагаем колокацию.'],
    ['en', 'data_and_cloud', 'Seeking cold-climate data centre capacity', 'A cloud provider seeks data centre capacity in cold climates with free cooling.'],
    ['zh', 'data_centers', '寻求寒冷地区数据中心托管', '云计算公司寻求利用自然冷却的数据中心托管资源。'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['en', 'fintech', 'Cross-border payment gateway', 'Payment system for cross-border e-commerce with settlement in roubles and yuan.'],
    ['zh', 'fintech', '寻求跨境支付解决方案', '跨境电商平台需要支持人民币和卢布结算的支付系统。'],
    ['ru', 'fintech', 'Платёжный шлюз для трансграничной торговли', 'Платёжная система для трансграничной электронной коммерции с расчётами в юанях.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['zh', 'unmanned_aerial_vehicles', '长航时固定翼无人机', '长航时固定翼无人机，可用于电力巡线和森林防火监测。'],
    ['ru', 'unmanned_logistics', 'Нужны беспилотники для доставки грузов в улусы', 'Транспортная компания ищет БПЛА для доставки грузов и медикаментов в отдалённые посёлки.'],
    ['en', 'unmanned_aerial_vehicles', 'Drones for power line inspection', 'A grid operator seeks long-endurance drones for power line inspection.'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['ru', 'remote_sensing', 'Спутниковый мониторинг лесных пожаров', 'Сервис дистанционного зондирования Земли для обнаружения лесных пожаров по спутниковым снимкам.'],
    ['zh', 'remote_sensing', '寻求森林火灾卫星监测', '林业部门需要基于卫星遥感的森林火灾监测服务。'],
    ['en', 'remote_sensing', 'Wildfire detection from satellite imagery', 'Remote sensing analytics detecting wildfires from satellite data in near real time.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['en', 'microelectronics', 'Power semiconductor modules', 'Silicon carbide power semiconductor modules for inverters and electric vehicle chargers.'],
    ['ru', 'power_electronics', 'Ищем силовые полупроводниковые модули', 'Производитель преобразователей ищет силовые модули на карбиде кремния для инверторов.'],
    ['zh', 'power_electronics', '寻求碳化硅功率模块', '逆变器厂商寻求碳化硅功率半导体模块供应商。'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['zh', 'industrial_robotics', '焊接机器人工作站', '六轴工业机器人焊接工作站，适用于金属结构件焊接。'],
    ['ru', 'industrial_robotics', 'Нужна роботизированная сварка', 'Машиностроительный завод ищет промышленных роботов для сварки металлоконструкций.'],
    ['en', 'industrial_robotics', 'Robotic welding cells', 'Turnkey robotic welding cells with six-axis industrial robots for steel structures.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['ru', 'edtech', 'Платформа онлайн-обучения программированию', 'Платформа онлайн-образования для обучения детей программированию и робототехнике.'],
    ['zh', 'stem_for_children', '寻求少儿编程在线教育平台', '教育集团希望引进少儿编程和机器人在线课程平台。'],
    ['en', 'edtech', 'Schools seek coding courses for children', 'A school network seeks an online learning platform teaching children programming.'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['en', 'game_development', 'Co-development of mobile games', 'Game studio offers co-development and porting of mobile games, art outsourcing and localisation.'],
    ['zh', 'mobile_games', '寻求手游联合开发与本地化', '游戏发行商寻求手机游戏联合开发和俄语本地化合作伙伴。'],
    ['ru', 'game_development', 'Студия разработки мобильных игр', 'Разрабатываем мобильные игры, берём заказы на разработку игр и локализацию.'],
  ] },
  { kind: 'business', third: 'request', profiles: [
    ['zh', 'animation', '动画电影联合制作', '动画工作室寻求合拍动画电影，提供三维动画和视觉特效制作。'],
    ['ru', 'animation', 'Ищем партнёра для совместного анимационного фильма', 'Якутская студия ищет партнёра для совместного производства анимационного фильма по мотивам олонхо.'],
    ['en', 'cinema', 'Co-production partner for a feature animation', 'A producer seeks a co-production studio for 3D animation and VFX.'],
  ] },
  { kind: 'business', third: 'offer', profiles: [
    ['ru', 'bone_carving', 'Изделия из бивня мамонта', 'Мастерская резьбы по кости предлагает изделия из бивня мамонта для сувенирных магазинов.'],
    ['zh', 'folk_crafts', '采购猛犸象牙雕刻工艺品', '工艺品商店希望采购猛犸象牙雕刻和民族工艺品。'],
    ['en', 'folk_crafts', 'Mammoth ivory carvings and northern crafts', 'Hand-made mammoth ivory carvings and ethnic crafts from Yakutia for galleries.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['en', 'extended_reality', 'Virtual reality training simulators', 'VR simulators for industrial safety training of miners and plant operators.'],
    ['ru', 'vocational_training', 'Нужны VR-тренажёры для обучения персонала', 'Горнодобывающая компания ищет тренажёры виртуальной реальности для обучения персонала промышленной безопасности.'],
    ['zh', 'extended_reality', '寻求虚拟现实安全培训系统', '矿业集团需要虚拟现实安全培训模拟器。'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['zh', 'enterprise_software', '制造业ERP系统', '面向中小制造企业的ERP系统，包括生产计划、仓储和财务模块。'],
    ['ru', 'enterprise_software', 'Ищем ERP для производственного предприятия', 'Предприятие по производству мебели ищет ERP-систему для планирования производства и склада.'],
    ['en', 'enterprise_software', 'Cloud ERP for small manufacturers', 'Cloud ERP with production planning, warehouse and accounting for small manufacturers.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['ru', 'geoinformatics', 'ГИС для кадастра и управления территориями', 'Геоинформационная система для муниципального кадастра и планирования территорий.'],
    ['en', 'smart_city', 'City seeks GIS for urban planning', 'A municipality seeks a geographic information system for urban planning and land registry.'],
    ['zh', 'geoinformatics', '寻求城市规划地理信息系统', '城市规划部门需要地理信息系统用于土地管理。'],
  ] },
];
