import { BarChart, LineChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';
import { echarts } from './echart-core';

// Bars, lines and their legend: what the dashboards' charts draw. The shared parts are in echart-core.
echarts.use([BarChart, LineChart, LegendComponent]);

export { axisColor, useEChart } from './echart-core';
