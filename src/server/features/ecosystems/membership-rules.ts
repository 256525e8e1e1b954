import { AppError } from '../../lib/errors';

type Period = { id?: string; status: string; dateFrom: string | null; dateTo: string | null };

/** A former resident has an end date; no entry ends before it starts. */
export function checkMembershipDates(entry: Period): void {
  if (entry.status === 'former' && !entry.dateTo) throw new AppError('MEMBERSHIP_END_DATE_REQUIRED');
  if (entry.dateFrom && entry.dateTo && entry.dateTo < entry.dateFrom) {
    throw new AppError('MEMBERSHIP_DATES_REVERSED', { dateFrom: entry.dateFrom, dateTo: entry.dateTo });
  }
}

/**
 * Periods are [dateFrom, dateTo): a company that left on 1 May may come back on 1 May. A missing
 * start is "always", a missing end is "still". Two entries may not start on the same day either
 * (the register's key), even if one of them is empty.
 */
export function periodsOverlap(a: Period, b: Period): boolean {
  if (a.dateFrom === b.dateFrom) return true;
  const startsBeforeEnd = (x: Period, y: Period) => x.dateFrom === null || y.dateTo === null || x.dateFrom < y.dateTo;
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}

/** One organization holds at most one membership of an ecosystem at any time; history stays as separate entries. */
export function checkNoOverlap(entry: Period, others: Period[]): void {
  const clash = others.find((other) => periodsOverlap(entry, other));
  if (clash) throw new AppError('MEMBERSHIP_OVERLAP', { membershipId: clash.id, dateFrom: clash.dateFrom, dateTo: clash.dateTo });
}

/** History is kept: an ended membership is not reopened; a re-admission is a new entry. */
export function checkStatusChange(from: string, to: string): void {
  if (from === 'former' && to !== 'former') throw new AppError('MEMBERSHIP_ENDED');
}
