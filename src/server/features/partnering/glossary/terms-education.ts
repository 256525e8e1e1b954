/** Education, training and research organisation. */
export const educationTerms = `
higher education; university education | высшее образование | 高等教育
vocational education; vocational training | среднее профессиональное образование; СПО; профессиональное обучение | 职业教育；职业培训
continuing education; lifelong learning | дополнительное профессиональное образование; ДПО; непрерывное образование | 继续教育；终身学习
professional retraining; upskilling | профессиональная переподготовка; повышение квалификации | 职业再培训；技能提升
corporate training; corporate university | корпоративное обучение; корпоративный университет | 企业培训；企业大学
school education; general education | школьное образование; общее образование | 基础教育；中小学教育
preschool education; kindergarten | дошкольное образование; детский сад | 学前教育；幼儿园
additional education for children; STEM clubs | дополнительное образование детей; кванториум | 青少年课外教育；科创教育
STEM education | STEM-образование; инженерное образование | STEM教育；理工科教育
educational program; curriculum | образовательная программа; учебный план | 教育项目；课程体系
online course; MOOC | онлайн-курс; массовый открытый онлайн-курс | 在线课程；慕课
learning management system; LMS | система дистанционного обучения; СДО | 学习管理系统
distance learning | дистанционное обучение | 远程教育；远程学习
blended learning | смешанное обучение | 混合式学习
educational content; learning materials | образовательный контент; учебные материалы | 教育内容；教学资源
textbook | учебник; учебное пособие | 教材；教科书
simulator; training simulator | тренажёр; симулятор | 模拟器；培训模拟器
VR training | обучение в виртуальной реальности; VR-тренажёр | VR培训；虚拟仿真实训
adaptive learning | адаптивное обучение | 自适应学习
language learning; language courses | изучение языков; языковые курсы | 语言学习；语言培训
Chinese language course | курсы китайского языка | 汉语课程；中文培训
Russian as a foreign language | русский как иностранный | 对外俄语
student exchange; academic mobility | студенческий обмен; академическая мобильность | 学生交流；学术交流
international students | иностранные студенты | 留学生；国际学生
joint educational program; double degree | совместная образовательная программа; двойной диплом | 联合培养；双学位
internship; practical training | стажировка; производственная практика | 实习；实训
dual education | дуальное образование | 双元制教育
talent pool; personnel reserve | кадровый резерв | 人才储备
staff shortage; labor market | дефицит кадров; рынок труда | 人才短缺；劳动力市场
recruitment; headhunting | подбор персонала; рекрутинг | 招聘；猎头
skills assessment; competency assessment | оценка компетенций; независимая оценка квалификации | 能力评估；技能鉴定
professional standard; occupational standard | профессиональный стандарт; профстандарт | 职业标准；职业资格
educational technology platform | образовательная платформа | 教育平台
university campus | кампус; университетский кампус | 校园；大学校区
science city; academic town | наукоград; академгородок | 科学城；大学城
research university | исследовательский университет | 研究型大学
research institute | научно-исследовательский институт; НИИ | 研究所；科研院所
research and education center | научно-образовательный центр; НОЦ | 科教中心；科研教育中心
engineering school; engineering center | передовая инженерная школа; инжиниринговый центр | 工程师学院；工程中心
shared research facility; core facility | центр коллективного пользования; ЦКП | 共享实验平台；大型仪器共享
scientific equipment | научное оборудование | 科研仪器；科学仪器
research grant; science foundation | научный грант; научный фонд | 科研经费；科学基金
postgraduate study; PhD | аспирантура; кандидат наук | 研究生教育；博士
young scientists | молодые учёные | 青年科学家
scientific publication; scientific journal | научная публикация; научный журнал | 科学论文；学术期刊
scientific conference | научная конференция | 学术会议；学术研讨会
olympiad; competition for students | олимпиада; конкурс для школьников | 奥林匹克竞赛；学科竞赛
career guidance | профориентация | 职业指导；生涯规划
inclusive education | инклюзивное образование | 融合教育；全纳教育
educational tourism; summer school | летняя школа; образовательный туризм | 夏令营；研学旅行
edutainment | эдьютейнмент; обучение через развлечение | 寓教于乐
teacher training | подготовка учителей; повышение квалификации педагогов | 教师培训
technology entrepreneurship education | обучение технологическому предпринимательству | 创业教育
startup studio; university startup | стартап-студия; университетский стартап | 校园创业；创业工作室
`;
