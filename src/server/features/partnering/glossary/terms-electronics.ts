/** Electronics, instruments, optics and the component base. */
export const electronicsTerms = `
integrated circuit; IC; microchip | интегральная схема; интегральная микросхема | 集成电路；微芯片
microcontroller; MCU | микроконтроллер | 微控制器；单片机
microprocessor; CPU | микропроцессор; процессор | 微处理器；处理器
FPGA | ПЛИС; FPGA | 现场可编程门阵列；FPGA
system on a chip; SoC | система на кристалле | 片上系统
memory chip; flash memory | микросхема памяти; флеш-память | 存储芯片；闪存
chip design; IC design | проектирование микросхем | 芯片设计服务；集成电路设计
semiconductor manufacturing; wafer fab | производство полупроводников; фабрика пластин | 晶圆制造；晶圆厂
silicon wafer; wafer | кремниевая пластина; пластина | 硅片；晶圆
lithography; photolithography | литография; фотолитография | 光刻
chip packaging; packaging and testing | корпусирование микросхем | 芯片封装；封装测试
power semiconductor; IGBT | силовой полупроводник; IGBT | 功率半导体；IGBT
silicon carbide; SiC | карбид кремния | 碳化硅
gallium nitride; GaN | нитрид галлия | 氮化镓
electronic components | электронные компоненты; электронная компонентная база; ЭКБ | 电子元器件；电子元件
passive components; capacitor; resistor | пассивные компоненты; конденсатор; резистор | 被动元件；电容器；电阻器
electrical connector | разъём; электрический соединитель | 连接器
electrical relay; relay protection | реле; релейная защита | 继电器
power supply; power source | источник питания; блок питания | 电源；开关电源
electronic module; electronics assembly | электронный модуль; сборка электроники | 电子模块；电子组装
surface-mount technology; SMT | поверхностный монтаж; SMT | 表面贴装技术；贴片
embedded system | встраиваемая система | 嵌入式系统
single-board computer | одноплатный компьютер | 单板计算机
computer hardware; server | компьютерное оборудование; сервер | 计算机硬件；服务器
personal computer; laptop | персональный компьютер; ноутбук | 个人电脑；笔记本电脑
tablet computer | планшет; планшетный компьютер | 平板电脑
smartphone | смартфон | 智能手机
wearable device; smartwatch | носимое устройство; умные часы | 可穿戴设备；智能手表
consumer electronics | бытовая электроника | 消费电子
data storage; storage system | система хранения данных; СХД | 存储系统；数据存储
uninterruptible power supply; UPS | источник бесперебойного питания; ИБП | 不间断电源
radio electronics | радиоэлектроника | 无线电电子学
radar | радар; радиолокатор; РЛС | 雷达
antenna | антенна | 天线
RFID; radio-frequency identification | RFID; радиочастотная идентификация | 射频识别；RFID
NFC | NFC; бесконтактная связь | 近场通信
smart card | смарт-карта | 智能卡
barcode; product labeling | штрихкод; маркировка товаров | 条形码；商品标识
optics; optical systems | оптика; оптические системы | 光学；光学系统
optoelectronics | оптоэлектроника | 光电子；光电技术
infrared camera; thermal imaging | тепловизор; тепловизионная камера | 红外热像仪；热成像
image sensor; CMOS sensor | датчик изображения; матрица | 图像传感器
camera module | камерный модуль | 摄像头模组
lens; optical lens | линза; объектив | 光学镜头；镜片
fiber laser | волоконный лазер | 光纤激光器
laser cutting | лазерная резка | 激光切割
laser welding | лазерная сварка | 激光焊接
laser marking; laser engraving | лазерная маркировка; лазерная гравировка | 激光打标；激光雕刻
MEMS; microelectromechanical systems | МЭМС; микроэлектромеханические системы | 微机电系统
pressure sensor | датчик давления | 压力传感器
temperature sensor | датчик температуры | 温度传感器
gas sensor; gas analyzer | газоанализатор; датчик газа | 气体传感器；气体分析仪
accelerometer; gyroscope | акселерометр; гироскоп | 加速度计；陀螺仪
flow meter | расходомер | 流量计
metering device; smart meter | прибор учёта; умный счётчик | 智能电表；计量仪表
oscilloscope; test and measurement | осциллограф; контрольно-измерительная аппаратура | 示波器；测试测量仪器
metrology | метрология | 计量学；计量
calibration | калибровка; поверка | 校准；检定
spectrum analyzer | анализатор спектра | 频谱分析仪
electromagnetic compatibility; EMC | электромагнитная совместимость; ЭМС | 电磁兼容
printed electronics; flexible electronics | печатная электроника; гибкая электроника | 印刷电子；柔性电子
OLED | OLED; органический светодиод | 有机发光二极管；OLED
LCD; liquid crystal display | ЖК-дисплей; жидкокристаллический дисплей | 液晶显示；液晶屏
touch screen | сенсорный экран | 触摸屏
LED lighting; LED lamp | светодиодное освещение; светодиодная лампа | LED照明；LED灯
street lighting | уличное освещение | 路灯；道路照明
electronic control unit; ECU | электронный блок управления; ЭБУ | 电子控制单元；控制器
PLC; programmable logic controller | программируемый логический контроллер; ПЛК | 可编程逻辑控制器；PLC
servo drive; servo motor | сервопривод; серводвигатель | 伺服驱动；伺服电机
frequency converter; variable frequency drive | частотный преобразователь; преобразователь частоты | 变频器
stepper motor | шаговый двигатель | 步进电机
automotive electronics | автомобильная электроника | 汽车电子
avionics | авионика; бортовое оборудование | 航空电子
space technology; spacecraft | космические технологии; космический аппарат | 航天技术；航天器
small satellite; CubeSat | малый спутник; кубсат | 小卫星；立方星
satellite communications | спутниковая связь | 卫星通信
ground station | наземная станция | 地面站
launch vehicle; rocket | ракета-носитель; ракета | 运载火箭；火箭
electronic waste; e-waste | электронные отходы | 电子垃圾；电子废弃物
`;
