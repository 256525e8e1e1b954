import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// What the app's charts draw — bars, lines, their grid, legend and tooltip, as SVG — and no more of
// ECharts. This module is loaded by `useEChart` after the page has painted (ADR 040): a page's
// figures and tables do not wait for the charting library. (The project timeline is plain SVG: 038.)
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** Draws an option into a div and keeps it sized with the window; returns what removes it. */
export function drawEChart(container: HTMLDivElement, option: ChartOption, language: string | undefined): () => void {
  const chart = echarts.init(container, undefined, { renderer: 'svg', locale: language === 'zh' ? 'ZH' : 'EN' });
  chart.setOption({ aria: { enabled: false }, ...option });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  return () => {
    window.removeEventListener('resize', resize);
    chart.dispose();
  };
}
