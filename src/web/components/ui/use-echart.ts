import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOption } from './echart-core';

export { axisColor } from './chart-colors';

/**
 * Draws an ECharts option into a div. The div (sized by the caller, so nothing moves) is in the page
 * at once; the charting library is fetched when the effect first runs, after the page has painted
 * (ADR 040), and the picture fills the div when it arrives. The option is rebuilt by the caller
 * whenever its inputs (or the language, which changes labels and formats) change.
 */
export function useEChart(option: ChartOption, dependencies: unknown[]) {
  const { i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let removed = false;
    let remove: (() => void) | undefined;
    void import('./echart-core').then(({ drawEChart }) => {
      if (removed || !container.current) return;
      remove = drawEChart(container.current, option, i18n.resolvedLanguage);
    });
    return () => {
      removed = true;
      remove?.();
    };
    // The option is a fresh object each render; its inputs are the dependencies.
  }, [...dependencies, i18n.resolvedLanguage]);
  return container;
}
