/** Artificial intelligence, data and computing. */
export const dataAiTerms = `
deep learning | глубокое обучение | 深度学习
reinforcement learning | обучение с подкреплением | 强化学习
generative AI; generative artificial intelligence | генеративный искусственный интеллект; генеративный ИИ | 生成式人工智能；生成式AI
foundation model | фундаментальная модель | 基础模型；基座模型
transformer model | модель-трансформер | Transformer模型
computer vision system; image recognition | распознавание изображений | 图像识别
object detection | обнаружение объектов; детекция объектов | 目标检测
video analytics | видеоаналитика | 视频分析；视频智能分析
optical character recognition; OCR | оптическое распознавание символов | 光学字符识别；文字识别
speech synthesis; text-to-speech | синтез речи | 语音合成
voice assistant | голосовой помощник; голосовой ассистент | 语音助手；智能语音助手
sentiment analysis | анализ тональности | 情感分析
knowledge graph | граф знаний | 知识图谱
expert system | экспертная система | 专家系统
predictive analytics | предиктивная аналитика; прогнозная аналитика | 预测分析
predictive maintenance | предиктивное обслуживание; предиктивный ремонт | 预测性维护
anomaly detection | обнаружение аномалий | 异常检测
forecasting; demand forecasting | прогнозирование; прогнозирование спроса | 需求预测；预测模型
optimization algorithms | алгоритмы оптимизации | 优化算法
data mining | интеллектуальный анализ данных | 数据挖掘
data labeling; data annotation | разметка данных | 数据标注
dataset; training data | датасет; набор данных; обучающая выборка | 数据集；训练数据
data science; data scientist | наука о данных; дата-сайентист | 数据科学；数据科学家
data engineering | инженерия данных | 数据工程
data management; data governance | управление данными | 数据治理；数据管理
master data | нормативно-справочная информация; НСИ | 主数据
data visualization; dashboard | визуализация данных; дашборд | 数据可视化；数据看板
open data | открытые данные | 开放数据
data exchange; data marketplace | обмен данными; биржа данных | 数据交易；数据交换
personal data protection | защита персональных данных | 个人信息保护；个人数据保护
anonymization; depersonalization | обезличивание данных; анонимизация | 数据脱敏；匿名化
federated learning | федеративное обучение | 联邦学习
MLOps | MLOps | 机器学习运维
AI model training | обучение моделей | 模型训练
AI inference | инференс; вывод модели | 模型推理
AI accelerator; neural processing unit; NPU | ИИ-ускоритель; нейропроцессор | AI加速器；神经网络处理器
GPU; graphics processing unit | графический процессор; GPU | 图形处理器；显卡
computing cluster; computing power | вычислительный кластер; вычислительные мощности | 计算集群；算力
AI ethics; responsible AI | этика искусственного интеллекта | 人工智能伦理
explainable AI | объяснимый искусственный интеллект | 可解释人工智能
AI agent; intelligent agent | ИИ-агент; интеллектуальный агент | 智能体；AI智能体
multimodal model | мультимодальная модель | 多模态模型
retrieval-augmented generation; RAG | генерация с дополненной выборкой | 检索增强生成
prompt engineering | промпт-инжиниринг | 提示工程
intelligent document processing | интеллектуальная обработка документов | 智能文档处理
machine vision; industrial vision | машинное зрение | 机器视觉
smart manufacturing; Industry 4.0 | умное производство; Индустрия 4.0 | 智能制造；工业4.0
industrial internet; IIoT | промышленный интернет вещей; IIoT | 工业互联网
AI in medicine; medical AI | искусственный интеллект в медицине | 医疗人工智能；AI辅助诊断
intelligent transport system; ITS | интеллектуальная транспортная система | 智能交通系统；智慧交通
smart agriculture; digital agriculture | цифровое сельское хозяйство; умное сельское хозяйство | 智慧农业；数字农业
digital government services | государственные цифровые услуги; госуслуги | 数字政务；政务服务
quantum communication | квантовая связь; квантовые коммуникации | 量子通信
quantum sensor | квантовый сенсор | 量子传感
neuromorphic computing | нейроморфные вычисления | 类脑计算；神经形态计算
brain-computer interface; BCI | нейроинтерфейс; интерфейс мозг-компьютер | 脑机接口
human-machine interaction | человеко-машинное взаимодействие | 人机交互
gesture recognition | распознавание жестов | 手势识别
biometrics; biometric identification | биометрия; биометрическая идентификация | 生物识别；生物特征识别
fingerprint recognition | распознавание отпечатков пальцев | 指纹识别
emotion recognition | распознавание эмоций | 情绪识别
autonomous navigation; SLAM | автономная навигация | 自主导航；同步定位与地图构建
digital assistant; virtual assistant | виртуальный ассистент | 虚拟助手
AI-generated content; AIGC | контент, созданный ИИ | 人工智能生成内容；AIGC
text generation | генерация текста | 文本生成
image generation | генерация изображений | 图像生成
video generation | генерация видео | 视频生成
3D reconstruction; 3D scanning | 3D-реконструкция; 3D-сканирование | 三维重建；三维扫描
point cloud | облако точек | 点云
photogrammetry | фотограмметрия | 摄影测量
satellite imagery; Earth observation | спутниковые снимки; дистанционное зондирование Земли; ДЗЗ | 卫星影像；对地观测
digital map; HD map | цифровая карта; карта высокой точности | 数字地图；高精地图
`;
