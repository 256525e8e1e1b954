import { z } from 'zod';
import { directionsOfGood, indicatorLevels, indicatorUnits } from '../domain';
import { listQuery, localizedText, pageOf } from './common';

export const yearValue = z.object({ year: z.number().int(), value: z.number() });

const actual = yearValue.extend({ source: z.string().nullable(), isDemo: z.boolean() });

export const indicator = z.object({
  id: z.uuid(),
  code: z.string(),
  name: localizedText,
  unit: z.enum(indicatorUnits),
  level: z.enum(indicatorLevels),
  directionOfGood: z.enum(directionsOfGood),
  baseValue: z.number().nullable(),
  baseYear: z.number().int().nullable(),
  targets: z.array(yearValue),
  actuals: z.array(actual),
  /** The last target year and value: the strategic goal. */
  finalTarget: yearValue.nullable(),
  latestActual: actual.nullable(),
  /** Share of the way from the base to the final target covered by the latest actual, 0–100+. */
  progressPercent: z.number().nullable(),
});
export type Indicator = z.infer<typeof indicator>;

export const listIndicatorsQuery = listQuery(['code']).extend({ level: z.enum(indicatorLevels).optional() });
export const indicatorPage = pageOf(indicator);
