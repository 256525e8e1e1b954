/** Information technology, electronics and creative industries. */
export const itTerms = `
artificial intelligence; AI | искусственный интеллект; ИИ | 人工智能
machine learning | машинное обучение | 机器学习
neural network | нейронная сеть; нейросеть | 神经网络
computer vision | компьютерное зрение | 计算机视觉
natural language processing; NLP | обработка естественного языка | 自然语言处理
speech recognition | распознавание речи | 语音识别
machine translation | машинный перевод | 机器翻译
large language model; LLM | большая языковая модель | 大语言模型；大模型
chatbot | чат-бот | 聊天机器人
big data | большие данные | 大数据
data analytics; analytics | аналитика данных; анализ данных | 数据分析
data center | центр обработки данных; ЦОД | 数据中心
cloud computing; cloud | облачные вычисления; облако | 云计算
software | программное обеспечение; ПО | 软件
mobile application; mobile app | мобильное приложение | 移动应用；手机应用
web platform | веб-платформа | 网络平台
SaaS | SaaS; программное обеспечение как услуга | 软件即服务
ERP system; ERP | ERP-система | 企业资源计划；ERP系统
CRM | CRM-система | 客户关系管理
cybersecurity; information security | кибербезопасность; информационная безопасность | 网络安全；信息安全
encryption | шифрование | 加密
blockchain | блокчейн | 区块链
internet of things; IoT | интернет вещей | 物联网
sensor | датчик; сенсор | 传感器
smart city | умный город | 智慧城市
smart home | умный дом | 智能家居
digital twin | цифровой двойник | 数字孪生
industrial automation; automation | промышленная автоматизация; автоматизация | 工业自动化；自动化
robot; robotics | робот; робототехника | 机器人
industrial robot | промышленный робот | 工业机器人
drone; UAV | беспилотник; беспилотный летательный аппарат; БПЛА | 无人机
autonomous vehicle; self-driving | беспилотный автомобиль | 自动驾驶汽车；无人驾驶
LiDAR; lidar | лидар | 激光雷达
navigation; GNSS | навигация; ГЛОНАСС | 导航；北斗
satellite | спутник | 卫星
remote sensing | дистанционное зондирование | 遥感
geographic information system; GIS | геоинформационная система; ГИС | 地理信息系统
5G | 5G; сети пятого поколения | 5G
telecommunications | телекоммуникации; связь | 电信；通信
microelectronics | микроэлектроника | 微电子
semiconductor; chip | полупроводник; микросхема; чип | 半导体；芯片
printed circuit board; PCB | печатная плата | 印刷电路板
LED; light-emitting diode | светодиод | 发光二极管；LED
display | дисплей | 显示屏
laser | лазер | 激光
photonics | фотоника | 光子学
quantum computing | квантовые вычисления | 量子计算
supercomputer; high-performance computing | суперкомпьютер; высокопроизводительные вычисления | 超级计算机；高性能计算
edge computing | граничные вычисления | 边缘计算
video surveillance | видеонаблюдение | 视频监控
face recognition | распознавание лиц | 人脸识别
fintech | финтех; финансовые технологии | 金融科技
e-commerce; online store | электронная коммерция; интернет-магазин | 电子商务；电商
marketplace platform | маркетплейс | 电商平台；交易平台
digital payments; payment system | цифровые платежи; платёжная система | 数字支付；支付系统
edtech; online education | образовательные технологии; онлайн-образование | 教育科技；在线教育
e-learning | электронное обучение | 电子学习；网络学习
govtech; e-government | электронное правительство | 电子政务
healthtech; digital health | цифровое здравоохранение | 数字医疗；数字健康
agritech | агротех; агротехнологии | 农业科技
proptech | проптех | 房地产科技
game; video game | игра; видеоигра | 游戏；电子游戏
game development; gamedev | разработка игр; геймдев | 游戏开发
virtual reality; VR | виртуальная реальность | 虚拟现实
augmented reality; AR | дополненная реальность | 增强现实
metaverse | метавселенная | 元宇宙
animation | анимация; мультипликация | 动画
film production; cinema | кинопроизводство; кино | 电影制作；电影
visual effects; VFX | визуальные эффекты | 视觉特效
music | музыка | 音乐
design | дизайн | 设计
industrial design | промышленный дизайн | 工业设计
fashion | мода | 时尚；服装设计
publishing | издательское дело; книгоиздание | 出版
media | медиа; СМИ | 媒体
advertising | реклама | 广告
digital content | цифровой контент | 数字内容
localization | локализация | 本地化
tourism | туризм | 旅游
ethnic culture; folk crafts | этнокультура; народные промыслы | 民族文化；民间工艺
crafts | ремёсла | 手工艺
mammoth ivory; bone carving | бивень мамонта; резьба по кости | 猛犸象牙；骨雕
`;
