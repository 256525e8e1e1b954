import type { Executor } from '../client';
import { ensureDirections } from './directions';
import { ensureOkvedCodes } from './okved';

/** Reference data every installation has, demo or not: the direction taxonomy and ОКВЭД2. */
export async function ensureReferenceData(db: Executor): Promise<void> {
  await ensureDirections(db);
  await ensureOkvedCodes(db);
}
