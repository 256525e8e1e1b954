/** Software engineering and enterprise IT. */
export const softwareTerms = `
software development | разработка программного обеспечения; разработка ПО | 软件开发
custom software development | заказная разработка | 定制软件开发
web development | веб-разработка | 网站开发；网页开发
mobile development | мобильная разработка | 移动开发；移动端开发
frontend; front-end | фронтенд | 前端开发；前端
backend; back-end | бэкенд | 后端开发；后端
DevOps | DevOps | 开发运维；DevOps
continuous integration; CI/CD | непрерывная интеграция | 持续集成；持续交付
microservices | микросервисы; микросервисная архитектура | 微服务
API integration; REST API | интеграция через API | 接口集成；API接口
open source; open-source software | открытое программное обеспечение; открытый исходный код | 开源软件；开源
operating system | операционная система; ОС | 操作系统
Linux | Linux; Линукс | Linux系统
database management system; DBMS | система управления базами данных; СУБД | 数据库管理系统
database | база данных | 数据库
data warehouse | хранилище данных | 数据仓库
data lake | озеро данных | 数据湖
middleware | промежуточное программное обеспечение | 中间件
low-code; no-code | low-code; платформа низкого кода | 低代码；无代码
software testing; QA | тестирование программного обеспечения; тестирование ПО | 软件测试
UX design; user experience | UX-дизайн; пользовательский опыт | 用户体验设计；用户体验
UI design; user interface | дизайн интерфейсов; пользовательский интерфейс | 界面设计；用户界面
IT outsourcing | ИТ-аутсорсинг | IT外包；信息技术外包
system integration; system integrator | системная интеграция; системный интегратор | 系统集成；系统集成商
IT infrastructure | ИТ-инфраструктура | IT基础设施；信息基础设施
virtualization | виртуализация | 虚拟化
containerization; Kubernetes | контейнеризация; Kubernetes | 容器化；容器技术
private cloud; hybrid cloud | частное облако; гибридное облако | 私有云；混合云
IaaS; infrastructure as a service | инфраструктура как услуга | 基础设施即服务
PaaS; platform as a service | платформа как услуга | 平台即服务
hosting; web hosting | хостинг | 主机托管；网站托管
document management; electronic document management | электронный документооборот; ЭДО; СЭД | 电子文档管理；电子公文
business process management; BPM | управление бизнес-процессами | 业务流程管理
robotic process automation; RPA | роботизированная автоматизация процессов | 机器人流程自动化
workflow automation | автоматизация рабочих процессов | 工作流自动化
business intelligence; BI | бизнес-аналитика; BI-система | 商业智能
accounting software | бухгалтерская программа; учётная система | 财务软件；会计软件
1C | 1С; 1С:Предприятие | 1C软件
HR software; human resources management | система управления персоналом; HRM | 人力资源管理系统
supply chain management software; SCM | система управления цепями поставок | 供应链管理系统
warehouse management system; WMS | система управления складом | 仓库管理系统
transport management system; TMS | система управления перевозками | 运输管理系统
manufacturing execution system; MES | система управления производством; MES-система | 制造执行系统
product lifecycle management; PLM | управление жизненным циклом изделия; PLM | 产品生命周期管理
computer-aided design; CAD | система автоматизированного проектирования; САПР | 计算机辅助设计
computer-aided engineering; CAE | инженерный анализ; CAE | 计算机辅助工程
building information modeling; BIM | информационное моделирование зданий; ТИМ; BIM | 建筑信息模型
SCADA | SCADA; диспетчерское управление и сбор данных | 数据采集与监视控制系统
industrial software | промышленное программное обеспечение | 工业软件
embedded software; firmware | встраиваемое программное обеспечение; прошивка | 嵌入式软件；固件
domestic software; software import substitution | отечественное программное обеспечение | 国产软件；软件国产化
software registry | реестр отечественного ПО | 软件登记
software license | лицензия на программное обеспечение | 软件许可
subscription model | подписка; модель подписки | 订阅模式
web portal | веб-портал; портал | 门户网站
online platform; digital platform | цифровая платформа; онлайн-платформа | 数字平台；在线平台
super app; superapp | суперприложение | 超级应用
mini program | мини-приложение | 小程序
search engine | поисковая система; поисковик | 搜索引擎
recommender system | рекомендательная система | 推荐系统
geolocation service; location-based service | геолокационный сервис; карты | 地图服务；位置服务
messenger; instant messaging | мессенджер | 即时通讯；通讯软件
social network | социальная сеть; соцсеть | 社交网络；社交平台
video conferencing | видеоконференцсвязь; ВКС | 视频会议
collaboration software | программы для совместной работы | 协同办公；协作软件
project management software | система управления проектами | 项目管理软件
online booking | онлайн-бронирование | 在线预订
digital transformation; digitalization | цифровая трансформация; цифровизация | 数字化转型；数字化
IT services | ИТ-услуги | 信息技术服务；IT服务
technical support; help desk | техническая поддержка; служба поддержки | 技术支持；客服
software architecture | архитектура программного обеспечения | 软件架构
programming language | язык программирования | 编程语言
Python | Python; Питон | Python语言
Java | Java | Java语言
game engine | игровой движок | 游戏引擎
computer graphics | компьютерная графика | 计算机图形学；计算机图形
simulation software; simulation | моделирование; имитационное моделирование | 仿真软件；仿真
scientific computing | научные вычисления | 科学计算
high-load systems | высоконагруженные системы | 高并发系统
localization of software | локализация программного обеспечения | 软件本地化
accessibility; digital accessibility | доступность интерфейсов; цифровая доступность | 无障碍；信息无障碍
IT park; IT cluster | ИТ-парк; ИТ-кластер | IT园区；软件园
IT company | ИТ-компания | IT企业；软件公司
programmer; software developer | программист; разработчик программного обеспечения | 程序员；软件工程师
hackathon | хакатон | 黑客马拉松
`;
