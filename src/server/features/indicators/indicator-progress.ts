type YearValue = { year: number; value: number };

/** The last target is the strategic goal; progress is the share of the way from base to it. */
export function summarizeProgress<Actual extends YearValue>(baseValue: number | null, targets: YearValue[], actuals: Actual[]) {
  const finalTarget = targets.reduce<YearValue | null>((last, t) => (!last || t.year > last.year ? t : last), null);
  const latestActual = actuals.reduce<Actual | null>((last, a) => (!last || a.year > last.year ? a : last), null);
  let progressPercent: number | null = null;
  if (finalTarget && latestActual && baseValue !== null && finalTarget.value !== baseValue) {
    progressPercent = Math.round(((latestActual.value - baseValue) / (finalTarget.value - baseValue)) * 1000) / 10;
  }
  return { finalTarget, latestActual, progressPercent };
}
