/** Telecommunications, networks and information security. */
export const telecomSecurityTerms = `
mobile network; cellular network | сотовая связь; мобильная сеть | 移动通信；蜂窝网络
4G; LTE | 4G; LTE | 4G网络；LTE
6G | 6G | 6G通信
base station | базовая станция | 基站
fiber-optic network; FTTH | волоконно-оптическая линия связи; ВОЛС | 光纤网络；光纤入户
broadband internet; broadband | широкополосный доступ в интернет; ШПД | 宽带；宽带接入
internet access | доступ в интернет; подключение к интернету | 互联网接入；网络接入
satellite internet | спутниковый интернет | 卫星互联网
low Earth orbit constellation | низкоорбитальная группировка | 低轨卫星星座
radio communication; radio | радиосвязь | 无线电通信
Wi-Fi; wireless network | Wi-Fi; беспроводная сеть | 无线网络；WiFi
LoRaWAN; LPWAN | LoRaWAN; LPWAN | 低功耗广域网
mesh network | mesh-сеть; ячеистая сеть | 网状网络；自组网
network equipment; router | сетевое оборудование; маршрутизатор | 网络设备；路由器
network switch | коммутатор | 交换机
optical transceiver; optical module | оптический трансивер; оптический модуль | 光模块；光收发器
telecom operator; telecom carrier | оператор связи; телеком-оператор | 电信运营商；运营商
IP telephony; VoIP | IP-телефония | 网络电话；IP电话
unified communications | унифицированные коммуникации | 统一通信
software-defined networking; SDN | программно-определяемые сети | 软件定义网络
network virtualization; NFV | виртуализация сетевых функций | 网络功能虚拟化
private network; private 5G | частная сеть; выделенная сеть 5G | 专网；5G专网
digital television; broadcasting | цифровое телевидение; телерадиовещание | 数字电视；广播电视
IPTV; streaming | IPTV; потоковое вещание; стриминг | 网络电视；流媒体
content delivery network; CDN | сеть доставки контента | 内容分发网络
domain name; DNS | доменное имя; DNS | 域名；域名系统
internet exchange point | точка обмена трафиком | 互联网交换中心
submarine cable | подводный кабель | 海底光缆
communication tower | вышка связи; антенно-мачтовое сооружение | 通信塔；铁塔
digital divide; remote connectivity | цифровое неравенство; связь в удалённых районах | 数字鸿沟；偏远地区通信
information security management | управление информационной безопасностью | 信息安全管理
data protection | защита данных; защита информации | 数据保护；数据安全
network security; firewall | сетевая безопасность; межсетевой экран | 网络安全防护；防火墙
endpoint protection; antivirus | антивирус; защита конечных точек | 杀毒软件；终端安全
intrusion detection; IDS | система обнаружения вторжений; СОВ | 入侵检测
security operations center | центр мониторинга безопасности; центр мониторинга ИБ | 安全运营中心
SIEM | SIEM; управление событиями безопасности | 安全信息和事件管理
DDoS protection | защита от DDoS-атак | DDoS防护；抗DDoS
penetration testing; pentest | тестирование на проникновение; пентест | 渗透测试
software vulnerability; vulnerability scanning | уязвимость ПО; сканирование уязвимостей | 安全漏洞；漏洞扫描
malware; ransomware | вредоносное ПО; программа-вымогатель | 恶意软件；勒索软件
phishing | фишинг | 网络钓鱼
cyberattack; hacker attack | кибератака; хакерская атака | 网络攻击；黑客攻击
identity and access management; IAM | управление доступом; управление учётными записями | 身份与访问管理
multi-factor authentication; two-factor authentication | многофакторная аутентификация; двухфакторная аутентификация | 多因素认证；双因素认证
digital signature; electronic signature | электронная подпись; ЭЦП | 电子签名；数字签名
public key infrastructure; PKI | инфраструктура открытых ключей | 公钥基础设施
cryptography; cryptographic protection | криптография; криптографическая защита | 密码学；密码技术
zero trust | нулевое доверие; zero trust | 零信任
data leak prevention; DLP | предотвращение утечек данных; DLP | 数据防泄漏
data backup | резервное копирование | 数据备份
disaster recovery | аварийное восстановление | 灾难恢复；容灾
critical information infrastructure | критическая информационная инфраструктура; КИИ | 关键信息基础设施
industrial cybersecurity; OT security | промышленная кибербезопасность | 工控安全；工业控制系统安全
security certification; FSTEC | сертификация средств защиты; ФСТЭК | 安全认证；等级保护
cyber threat intelligence | киберразведка; анализ угроз | 威胁情报
digital forensics | компьютерная криминалистика | 电子取证；数字取证
security awareness training | обучение кибергигиене; кибергигиена | 网络安全意识培训
physical security; access control | физическая безопасность; контроль доступа; СКУД | 门禁系统；出入控制
alarm system; fire alarm | охранная сигнализация; пожарная сигнализация | 报警系统；火灾报警
secure communications | защищённая связь | 保密通信；安全通信
trusted execution; hardware security module | аппаратный модуль безопасности | 硬件安全模块；可信计算
`;
