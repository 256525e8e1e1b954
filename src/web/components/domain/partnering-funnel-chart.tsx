import { Box, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { funnel } from '../../../../shared/contracts/partnering';
import { axisColor, useEChart } from '../../../components/ui/use-echart';

/** The funnel as horizontal bars, widest step first; the summary is read out for screen readers. */
export function FunnelChart({ data }: { data: z.infer<typeof funnel> }) {
  const { t } = useTranslation();
  const steps = [...data.steps].reverse();
  const label = (step: z.infer<typeof funnel>['steps'][number]['step']) => t(`partnering.interests.steps.${step}`);
  const container = useEChart(
    {
      color: ['#4c6ef5'],
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { color: axisColor } },
      yAxis: { type: 'category', data: steps.map((s) => label(s.step)), axisLabel: { color: axisColor } },
      series: [{ type: 'bar', data: steps.map((s) => s.count), label: { show: true, position: 'right', color: axisColor } }],
    },
    [data, t],
  );
  const summary = data.steps.map((s) => `${label(s.step)}: ${s.count}`).join('; ');
  return (
    <section aria-labelledby="funnel-heading">
      <Title order={2} size="h3" id="funnel-heading" mt="lg" mb="sm">{t('partnering.interests.funnel')}</Title>
      <Box ref={container} h={300} w="100%" role="img" aria-label={summary} />
    </section>
  );
}
