import type { EvalTopic } from './eval-set';

/** Biotechnology, medicine, agriculture and food. */
export const topicsLifeSciences: EvalTopic[] = [
  { kind: 'technology', third: 'offer', profiles: [
    ['zh', 'medical_biotechnology', '一次性生物反应器及细胞培养工艺', '提供2至200升一次性生物反应器和无血清培养基，适用于干细胞扩增和疫苗生产。'],
    ['ru', 'cell_technologies', 'Ищем биореакторы для клеточных продуктов', 'Клиника в Якутске ищет оборудование для культивирования стволовых клеток и биореакторы для клеточной терапии.'],
    ['en', 'medical_biotechnology', 'Perfusion bioreactor platform', 'Benchtop perfusion bioreactors with automated control for stem cell culture and cell therapy manufacturing.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['ru', 'laboratory_diagnostics', 'Тест-системы ПЦР для выявления инфекций', 'Производим ПЦР тест-системы для диагностики респираторных и кишечных инфекций, регистрационное удостоверение получено.'],
    ['zh', 'laboratory_diagnostics', '寻求PCR检测试剂盒合作', '我们的医院集团希望引进快速PCR检测试剂盒，用于呼吸道感染诊断。'],
    ['en', 'laboratory_diagnostics', 'Distributor seeks PCR diagnostic kits', 'We distribute in vitro diagnostics in Central Asia and look for PCR test kits for infectious diseases.'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['en', 'phytopharmaceuticals', 'Standardised extracts of northern medicinal plants', 'Plant extracts of Rhodiola rosea and other medicinal plants with standardised bioactive compounds for dietary supplements.'],
    ['zh', 'phytopharmaceuticals', '寻找北方药用植物提取物', '保健品企业寻求红景天等药用植物提取物作为膳食补充剂原料。'],
    ['ru', 'northern_bioresources', 'Экстракты лекарственных растений Якутии', 'Получаем растительные экстракты родиолы розовой и других лекарственных растений для производства БАД.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['zh', 'food_biotechnology', '益生菌菌株与发酵剂', '提供自主筛选的益生菌菌株和乳制品发酵剂，可用于酸奶和奶酪生产。'],
    ['ru', 'food_processing', 'Нужна закваска для молочной продукции', 'Молочный завод ищет заквасочные культуры и пробиотики для кисломолочной продукции.'],
    ['en', 'food_biotechnology', 'Dairy seeks probiotic strains', 'A dairy in Belarus seeks probiotic strains and starter cultures for a new line of fermented milk products.'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['ru', 'veterinary', 'Вакцина для северных оленей', 'Разработана вакцина против некробактериоза северных оленей, прошла полевые испытания в оленеводческих хозяйствах.'],
    ['en', 'livestock', 'Seeking veterinary vaccines for reindeer herds', 'Herding cooperatives seek veterinary drugs and vaccines to protect reindeer from infectious diseases.'],
    ['zh', 'veterinary', '驯鹿及牲畜疫苗', '我们生产兽用疫苗，包括适用于驯鹿和牛的细菌性疾病疫苗。'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['en', 'greenhouse_farming', 'LED greenhouse lighting for cold regions', 'Energy-efficient LED lighting and climate control for greenhouses in the far north.'],
    ['ru', 'northern_agriculture', 'Ищем светодиодное освещение для теплиц', 'Тепличный комбинат в Якутии ищет энергоэффективное светодиодное освещение для круглогодичного выращивания овощей.'],
    ['zh', 'greenhouse_farming', '寻求温室LED照明方案', '东北的温室企业希望采购节能LED照明和温室环境控制系统。'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['zh', 'precision_agriculture', '农业无人机植保与遥感', '提供农业无人机植保服务和遥感监测平台，实现精准农业和变量施肥。'],
    ['ru', 'precision_agriculture', 'Нужны дроны для точного земледелия', 'Агрохолдинг ищет беспилотники и системы дистанционного зондирования для точного земледелия.'],
    ['en', 'precision_agriculture', 'Crop monitoring drones with multispectral cameras', 'UAV platform with multispectral sensors for precision agriculture and variable-rate fertilizer application.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['ru', 'fisheries_aquaculture', 'Установки замкнутого водоснабжения для рыбоводства', 'Поставляем установки замкнутого водоснабжения для аквакультуры осетровых и форели.'],
    ['en', 'fisheries_aquaculture', 'Recirculating aquaculture systems wanted', 'A fish farm seeks recirculating aquaculture equipment for trout farming.'],
    ['zh', 'fisheries_aquaculture', '寻求循环水养殖设备', '水产养殖企业希望引进鲟鱼循环水养殖设备和技术。'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['en', 'medical_devices', 'Portable ultrasound scanner', 'Handheld ultrasound device with AI-assisted imaging for rural clinics and telemedicine.'],
    ['zh', 'medical_devices', '寻求便携式超声设备', '县级医院希望采购便携式超声诊断设备用于基层医疗。'],
    ['ru', 'medical_devices', 'Портативный аппарат УЗИ', 'Разработали портативный аппарат УЗИ для фельдшерских пунктов и удалённых посёлков.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['zh', 'telemedicine', '远程医疗平台', '远程医疗平台支持视频问诊、电子病历和远程心电监测。'],
    ['ru', 'arctic_medicine', 'Ищем платформу телемедицины для северных посёлков', 'Минздрав региона ищет решение для телемедицины и удалённого мониторинга пациентов в арктических улусах.'],
    ['en', 'telemedicine', 'Telemedicine platform for remote mining camps', 'A mining company seeks a telemedicine platform with remote ECG monitoring for its camps.'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['ru', 'rehabilitation_medicine', 'Экзоскелет для реабилитации', 'Экзоскелет нижних конечностей для реабилитации пациентов после инсульта и травм позвоночника.'],
    ['en', 'rehabilitation_medicine', 'Rehabilitation centre seeks exoskeletons', 'A rehabilitation centre seeks lower-limb exoskeletons and robotic devices for stroke patients.'],
    ['zh', 'rehabilitation_medicine', '康复外骨骼机器人', '下肢康复外骨骼机器人，适用于中风和脊髓损伤患者的康复训练。'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['en', 'industrial_biotechnology', 'Enzymes for feed and starch processing', 'Industrial enzymes produced by fermentation for feed additives and starch processing.'],
    ['ru', 'agro_biotechnology', 'Нужны ферменты для кормовых добавок', 'Комбикормовый завод ищет ферментные препараты для кормовых добавок.'],
    ['zh', 'industrial_biotechnology', '寻求饲料用酶制剂', '饲料企业寻求植酸酶等饲料添加剂用酶制剂供应商。'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['zh', 'environmental_biotechnology', '含油土壤生物修复', '利用耐寒微生物菌剂对含油土壤进行生物修复。'],
    ['ru', 'land_remediation', 'Нужна биоремедиация нефтезагрязнённых земель', 'Нефтяная компания ищет технологию биоремедиации почв, загрязнённых нефтью, в условиях вечной мерзлоты.'],
    ['en', 'environmental_biotechnology', 'Cold-tolerant microbes for oil spill cleanup', 'Bioremediation products with cold-tolerant microorganisms for oil-contaminated soil.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['ru', 'genomics_bioinformatics', 'Секвенирование геномов и биоинформатика', 'Оказываем услуги секвенирования генома и биоинформатического анализа для клиник и селекционеров.'],
    ['zh', 'genomics_bioinformatics', '寻求基因测序服务', '育种公司需要基因组测序和生物信息学分析服务。'],
    ['en', 'personalized_medicine', 'Hospital seeks genome sequencing partner', 'A university hospital looks for a genome sequencing and bioinformatics partner for personalised oncology.'],
  ] },
  { kind: 'business', third: 'offer', profiles: [
    ['ru', 'wild_harvest', 'Поставки дикорастущих ягод', 'Заготавливаем и замораживаем дикорастущие ягоды — бруснику и голубику — для экспорта.'],
    ['zh', 'food_processing', '采购野生浆果', '食品企业寻求稳定供应的冷冻野生浆果，如越橘和蓝莓。'],
    ['en', 'wild_harvest', 'Frozen wild berries from Siberia', 'We supply frozen wild berries — lingonberry and blueberry — for food processing.'],
  ] },
  { kind: 'technology', third: 'request', profiles: [
    ['en', 'pharmaceuticals', 'Generic drug manufacturing under licence', 'A pharmaceutical plant offers contract manufacturing of generic drugs and licensing of dossiers.'],
    ['zh', 'pharmaceuticals', '寻求仿制药生产合作', '医药公司寻求仿制药的许可生产与合同制造合作伙伴。'],
    ['ru', 'pharmaceuticals', 'Ищем производство дженериков по лицензии', 'Дистрибьютор ищет партнёра для локализации производства дженериков по лицензии.'],
  ] },
  { kind: 'technology', third: 'offer', profiles: [
    ['zh', 'crop_production', '耐寒大豆品种', '培育出适合高纬度地区的早熟耐寒大豆品种。'],
    ['ru', 'crop_production', 'Ищем раннеспелые сорта сои', 'Хозяйство на Дальнем Востоке ищет раннеспелые морозоустойчивые сорта сои и семена.'],
    ['en', 'agro_biotechnology', 'Early-maturing soybean breeding', 'Breeding of early-maturing, cold-tolerant soybean varieties for northern farms.'],
  ] },
];
