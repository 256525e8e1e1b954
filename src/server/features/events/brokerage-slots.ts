/**
 * Time in a brokerage session: its slots (the session cut into equal lengths, the slots that touch
 * a break left out), which slots a participant can meet in, and the checks on periods.
 */
import type { Period } from '../../../shared/contracts/events';
import { AppError } from '../../lib/errors';

export type Slot = { index: number; startsAt: Date; endsAt: Date };
export type SessionTimes = { startsAt: Date; endsAt: Date; slotMinutes: number; breaks: Period[] };

const ms = (value: string | Date) => (typeof value === 'string' ? Date.parse(value) : value.getTime());

export function buildSlots(session: SessionTimes): Slot[] {
  const step = session.slotMinutes * 60_000;
  const breaks = session.breaks.map((b) => [ms(b.from), ms(b.to)] as const);
  const slots: Slot[] = [];
  for (let start = ms(session.startsAt); start + step <= ms(session.endsAt); start += step) {
    const end = start + step;
    if (breaks.some(([from, to]) => start < to && from < end)) continue;
    slots.push({ index: slots.length, startsAt: new Date(start), endsAt: new Date(end) });
  }
  return slots;
}

/** Per slot: whether it lies wholly inside one of the periods (no periods given: the whole session). */
export function availableSlots(slots: Slot[], availability: Period[] | null): boolean[] {
  if (!availability) return slots.map(() => true);
  const periods = availability.map((p) => [ms(p.from), ms(p.to)] as const);
  return slots.map((slot) => periods.some(([from, to]) => from <= slot.startsAt.getTime() && slot.endsAt.getTime() <= to));
}

/** Each period ends after it starts, none crosses another, all lie within the frame when one is given. */
export function checkPeriods(periods: Period[], field: string, within?: { from: Date; to: Date }) {
  const sorted = periods.map((p) => ({ from: ms(p.from), to: ms(p.to) })).sort((a, b) => a.from - b.from);
  sorted.forEach((p, i) => {
    if (p.to <= p.from) throw new AppError('EVENT_ENDS_BEFORE_START', { field });
    const next = sorted[i + 1];
    if (next && next.from < p.to) throw new AppError('PERIODS_OVERLAP', { field });
    if (within && (p.from < within.from.getTime() || p.to > within.to.getTime())) throw new AppError('PERIOD_OUTSIDE_EVENT', { field });
  });
}

export function checkStartEnd(startsAt: string | Date, endsAt: string | Date, field = 'endsAt') {
  if (ms(endsAt) < ms(startsAt)) throw new AppError('EVENT_ENDS_BEFORE_START', { field });
}
