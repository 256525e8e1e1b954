import { Box, Text } from '@mantine/core';
import { ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { InfrastructureObject } from '../../../../shared/contracts/infrastructure';
import type { InfrastructureStatus } from '../../../../shared/infrastructure';
import { axisColor } from '../../../components/ui/use-echart';
import { pickLocalized } from '../../../../shared/languages';
import { useLanguage } from '../../../lib/use-language';

echarts.use([ScatterChart, GridComponent, TooltipComponent, SVGRenderer]);

// Blue, orange and grey: apart for colour-blind readers, each dark enough on the pale ground.
export const statusColors: Record<InfrastructureStatus, string> = { available: '#1864ab', reserved: '#d9480f', occupied: '#495057' };

/** The bounds of the points with a margin, never narrower than about 5 km, so one object still shows its surroundings. */
function boundsOf(values: number[], minimumSpan: number): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = Math.max(high - low, minimumSpan);
  const middle = (low + high) / 2;
  return [Number((middle - span * 0.6).toFixed(4)), Number((middle + span * 0.6).toFixed(4))];
}

/**
 * The objects as dots on their latitude and longitude over a plain ground. No tiles are fetched:
 * the page works offline and under the content security policy, and a click opens the object.
 * The picture is decorative for screen readers: the list below tells the same.
 */
export function InfrastructureMap({ objects, linkTo }: { objects: InfrastructureObject[]; linkTo: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current || objects.length === 0) return;
    const chart = echarts.init(container.current, undefined, { renderer: 'svg' });
    const [lonMin, lonMax] = boundsOf(objects.map((o) => o.longitude), 0.08);
    const [latMin, latMax] = boundsOf(objects.map((o) => o.latitude), 0.05);
    const axis = (name: string, min: number, max: number) => ({
      type: 'value', name, nameLocation: 'middle', nameGap: 28, min, max, scale: true,
      axisLabel: { color: axisColor, showMinLabel: false, showMaxLabel: false, formatter: (value: number) => `${value.toFixed(2)}°` }, nameTextStyle: { color: axisColor },
      splitLine: { lineStyle: { color: '#d0ebff' } },
    });
    chart.setOption({
      aria: { enabled: false },
      grid: { left: 56, right: 16, top: 16, bottom: 44, show: true, backgroundColor: '#f1f8fd', borderColor: '#a5d8ff' },
      xAxis: axis(t('infrastructure.longitude'), lonMin, lonMax),
      yAxis: axis(t('infrastructure.latitude'), latMin, latMax),
      tooltip: { trigger: 'item', formatter: (point: { name: string }) => point.name },
      series: [{
        type: 'scatter',
        symbolSize: 14,
        cursor: 'pointer',
        data: objects.map((o) => ({
          value: [o.longitude, o.latitude], id: o.id,
          name: `${pickLocalized(o.name, language)} — ${t(`infrastructure.types.${o.type}`)}, ${t(`infrastructure.statuses.${o.status}`)}`,
          itemStyle: { color: statusColors[o.status], borderColor: '#fff', borderWidth: 1.5 },
        })),
      }],
    });
    chart.on('click', (event) => {
      const id = (event.data as { id?: string } | undefined)?.id;
      if (id) void navigate(linkTo(id));
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [objects, i18n.resolvedLanguage, language, navigate, linkTo, t]);

  return (
    <Box>
      <Box ref={container} h={360} w="100%" role="img" aria-label={t('infrastructure.mapSummary', { count: objects.length })} data-testid="infrastructure-map" />
      <Text size="xs" c="dimmed" mt={4}>{t('infrastructure.mapNote')}</Text>
    </Box>
  );
}
