/** Medicine: clinical fields, treatment, medical devices and health care. */
export const medicineTerms = `
neurology | неврология | 神经病学；神经内科
pediatrics; paediatrics | педиатрия | 儿科；儿科学
ophthalmology | офтальмология | 眼科；眼科学
dermatology | дерматология | 皮肤科；皮肤病学
endocrinology | эндокринология | 内分泌学；内分泌科
gastroenterology | гастроэнтерология | 消化内科；胃肠病学
urology | урология | 泌尿外科；泌尿科
gynecology; obstetrics | гинекология; акушерство | 妇科；妇产科
otolaryngology; ENT | оториноларингология; ЛОР | 耳鼻喉科
psychiatry; mental health | психиатрия; психическое здоровье | 精神病学；心理健康
pulmonology; respiratory medicine | пульмонология | 呼吸内科；呼吸病学
nephrology | нефрология | 肾脏病学；肾内科
hematology | гематология | 血液学；血液科
immunology | иммунология | 免疫学
surgery; surgical treatment | хирургия; хирургическое лечение | 外科；外科手术
anesthesiology; anaesthesia | анестезиология; анестезия | 麻醉学；麻醉
intensive care; ICU | интенсивная терапия; реанимация | 重症监护；重症医学
emergency medicine; emergency care | неотложная медицина; скорая помощь | 急诊医学；急救
primary health care | первичная медико-санитарная помощь | 初级卫生保健；基层医疗
geriatrics; elderly care | гериатрия; уход за пожилыми | 老年医学；养老护理
nursing; nursing care | сестринский уход; сестринское дело | 护理
home care | уход на дому; помощь на дому | 居家护理
physiotherapy; physical therapy | физиотерапия; лечебная физкультура | 物理治疗；理疗
sports medicine | спортивная медицина | 运动医学
medical tourism | медицинский туризм | 医疗旅游
balneology; spa treatment | бальнеология; санаторно-курортное лечение | 温泉疗养；疗养
clinical nutrition; medical nutrition | лечебное питание; клиническое питание | 临床营养；医用营养
public health | общественное здоровье | 公共卫生
epidemiology | эпидемиология | 流行病学
screening; medical screening | скрининг | 筛查
early diagnosis | ранняя диагностика | 早期诊断
infectious disease | инфекционное заболевание; инфекция | 传染病；感染性疾病
tuberculosis | туберкулёз | 结核病
hepatitis | гепатит | 肝炎
HIV | ВИЧ | 艾滋病病毒；HIV
influenza; flu | грипп | 流感
COVID-19; coronavirus infection | COVID-19; коронавирусная инфекция | 新冠肺炎；新型冠状病毒
diabetes | диабет; сахарный диабет | 糖尿病
hypertension | гипертония; артериальная гипертензия | 高血压
stroke | инсульт | 中风；脑卒中
myocardial infarction; heart attack | инфаркт миокарда; инфаркт | 心肌梗死；心梗
cardiovascular disease | сердечно-сосудистые заболевания | 心血管疾病
obesity | ожирение | 肥胖症
asthma | астма; бронхиальная астма | 哮喘
allergy | аллергия | 过敏；变态反应
Alzheimer's disease; dementia | болезнь Альцгеймера; деменция | 阿尔茨海默病；痴呆
Parkinson's disease | болезнь Паркинсона | 帕金森病
rare disease; orphan disease | редкое заболевание; орфанное заболевание | 罕见病
radiology | радиология; лучевая диагностика | 放射学；放射科
nuclear medicine | ядерная медицина | 核医学
radiotherapy; radiation therapy | лучевая терапия; радиотерапия | 放射治疗；放疗
chemotherapy | химиотерапия | 化疗；化学治疗
immunotherapy | иммунотерапия | 免疫疗法；免疫治疗
CAR-T; CAR-T cell therapy | CAR-T-терапия | CAR-T细胞疗法
targeted therapy | таргетная терапия | 靶向治疗；靶向药物
personalized medicine; precision medicine | персонализированная медицина; прецизионная медицина | 个性化医疗；精准医疗
biosimilar | биоаналог; биосимиляр | 生物类似药
orphan drug | орфанный препарат | 孤儿药
drug discovery | поиск лекарственных кандидатов; разработка лекарств | 药物发现；新药研发
drug candidate | лекарственный кандидат | 候选药物
small molecule drug | низкомолекулярный препарат | 小分子药物
peptide drug; peptide | пептидный препарат; пептид | 多肽药物；多肽
mRNA; mRNA vaccine | мРНК; мРНК-вакцина | mRNA疫苗；信使RNA
oligonucleotide; RNA interference | олигонуклеотид; РНК-интерференция | 寡核苷酸；RNA干扰
radiopharmaceutical | радиофармпрепарат | 放射性药物
contrast agent | контрастное вещество; контрастный препарат | 造影剂
blood plasma; plasma products | плазма крови; препараты плазмы | 血浆；血液制品
blood transfusion | переливание крови | 输血
organ transplantation; transplantation | трансплантация органов; трансплантация | 器官移植
dialysis; hemodialysis | диализ; гемодиализ | 透析；血液透析
drug formulation; dosage form | лекарственная форма | 药物制剂；剂型
tablet dosage form; pill | таблетка; таблетированная форма | 片剂
capsule | капсула | 胶囊
injectable drug; injectables | инъекционный препарат; инъекции | 注射剂；针剂
transdermal patch | трансдермальный пластырь | 透皮贴剂
inhaler | ингалятор | 吸入器
sustained release; controlled release | пролонгированное высвобождение | 缓释；控释
bioequivalence | биоэквивалентность | 生物等效性
pharmacokinetics | фармакокинетика | 药代动力学
pharmacovigilance | фармаконадзор | 药物警戒
GMP; good manufacturing practice | GMP; надлежащая производственная практика | 药品生产质量管理规范；GMP认证
GLP; good laboratory practice | GLP; надлежащая лабораторная практика | 良好实验室规范
contract research organization; CRO | контрактная исследовательская организация | 合同研究组织
CDMO; contract drug manufacturing | контрактная разработка и производство лекарств | 合同研发生产组织
drug registration; marketing authorization | регистрация лекарственного средства; регистрационное удостоверение | 药品注册；上市许可
pharmacy; drugstore | аптека | 药店；药房
hospital | больница; стационар | 医院
clinic; outpatient clinic | клиника; поликлиника | 诊所；门诊
ventilator; mechanical ventilation | аппарат ИВЛ; искусственная вентиляция лёгких | 呼吸机
patient monitor | монитор пациента; прикроватный монитор | 病人监护仪；监护仪
defibrillator | дефибриллятор | 除颤器
infusion pump | инфузионный насос; инфузомат | 输液泵
syringe | шприц | 注射器
catheter | катетер | 导管
stent | стент | 支架
pacemaker | кардиостимулятор | 心脏起搏器
hearing aid | слуховой аппарат | 助听器
contact lens | контактная линза | 隐形眼镜
endoscope; endoscopy | эндоскоп; эндоскопия | 内窥镜；内镜
surgical robot | хирургический робот | 手术机器人
minimally invasive surgery; laparoscopy | малоинвазивная хирургия; лапароскопия | 微创手术；腹腔镜
surgical instruments | хирургические инструменты | 手术器械
glucose meter; glucometer | глюкометр | 血糖仪
point-of-care testing; rapid test | экспресс-тест; экспресс-диагностика | 即时检验；快速检测
biomarker | биомаркер | 生物标志物
liquid biopsy | жидкостная биопсия | 液体活检
pathology; histology | патологическая анатомия; гистология | 病理学；组织学
digital pathology | цифровая патология | 数字病理
electronic health record; EHR | электронная медицинская карта; ЭМК | 电子病历；电子健康档案
medical information system | медицинская информационная система; МИС | 医院信息系统；医疗信息系统
clinical decision support | поддержка принятия врачебных решений | 临床决策支持
remote patient monitoring | дистанционный мониторинг пациентов | 远程患者监测
wearable medical device | носимое медицинское устройство | 可穿戴医疗设备
disinfection; disinfectant | дезинфекция; дезинфицирующее средство | 消毒剂；杀菌消毒
personal protective equipment; PPE | средства индивидуальной защиты; СИЗ | 个人防护装备；防护用品
medical mask; face mask | медицинская маска | 医用口罩；口罩
medical gloves | медицинские перчатки | 医用手套
dental implant | дентальный имплантат; зубной имплантат | 种植牙；牙种植体
orthodontics | ортодонтия | 正畸；口腔正畸
medical waste | медицинские отходы | 医疗废物
air ambulance | санитарная авиация; санавиация | 航空医疗救援；空中救护
healthcare; health care | здравоохранение; медицинская помощь | 医疗卫生；医疗保健
hyperbaric oxygen therapy | гипербарическая оксигенация | 高压氧治疗
`;
