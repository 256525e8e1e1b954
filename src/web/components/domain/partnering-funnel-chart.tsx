import { Box, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { funnel } from '../../../shared/contracts/partnering';
import { axisColor, useEChart } from '../ui/use-echart';

type Funnel = z.infer<typeof funnel>;

/**
 * The partnering funnel as horizontal bars, widest step first, with the conversion and the median
 * days between steps in a table below (which is also what a screen reader reads).
 */
export function FunnelChart({ data, headingLevel = 2 }: { data: Funnel; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const steps = [...data.steps].reverse();
  const label = (step: Funnel['steps'][number]['step']) => t(`partnering.interests.steps.${step}`);
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
  const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)} %`);
  return (
    <section aria-labelledby="funnel-heading">
      <Title order={headingLevel} size="h3" id="funnel-heading" mt="lg" mb="sm">{t('partnering.interests.funnel')}</Title>
      <Box ref={container} h={300} w="100%" aria-hidden />
      <Table fz="sm" mt="xs" withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('partneringWork.funnel.step')}</Table.Th>
            <Table.Th ta="right">{t('partneringWork.funnel.count')}</Table.Th>
            <Table.Th ta="right">{t('partneringWork.funnel.conversion')}</Table.Th>
            <Table.Th ta="right">{t('partneringWork.funnel.days')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.steps.map((s) => (
            <Table.Tr key={s.step}>
              <Table.Th scope="row" fw={400}>{label(s.step)}</Table.Th>
              <Table.Td ta="right">{s.count}</Table.Td>
              <Table.Td ta="right">{percent(s.conversion)}</Table.Td>
              <Table.Td ta="right">{s.medianDaysFromPrevious === null ? '—' : s.medianDaysFromPrevious.toFixed(1)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
