import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// The parts every chart of the app needs; each chart registers its own series type besides, so a page
// loads the code of the charts it draws and no other. (The project timeline is plain SVG: decision 038.)
echarts.use([GridComponent, TooltipComponent, SVGRenderer]);

export { axisColor } from './chart-colors';
export { echarts };

/**
 * Draws an ECharts option into a div and keeps it sized with the window. The option is rebuilt by
 * the caller whenever its inputs (or the language, which changes labels and formats) change.
 */
export function useEChart(option: echarts.EChartsCoreOption, dependencies: unknown[]) {
  const { i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const chart = echarts.init(container.current, undefined, { renderer: 'svg', locale: i18n.resolvedLanguage === 'zh' ? 'ZH' : 'EN' });
    chart.setOption({ aria: { enabled: false }, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
    // The option is a fresh object each render; its inputs are the dependencies.
  }, [...dependencies, i18n.resolvedLanguage]);
  return container;
}
