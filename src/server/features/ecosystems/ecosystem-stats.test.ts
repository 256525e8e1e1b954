import { describe, expect, it } from 'vitest';
import { buildTimeline, statusOn, summarizeToday, type MembershipHistoryRow } from './ecosystem-stats';

const row = (organizationId: string, status: string, dateFrom: string, dateTo: string | null = null, country = 'CN'): MembershipHistoryRow => ({ organizationId, status, dateFrom, dateTo, country });

describe('ecosystem statistics', () => {
  it('reads a former resident as a resident until the day it left', () => {
    const left = row('a', 'former', '2020-03-01', '2022-05-01');
    expect([statusOn(left, '2020-02-28'), statusOn(left, '2021-12-31'), statusOn(left, '2022-05-01')]).toEqual([null, 'resident', 'former']);
  });

  it('counts an organization that left and came back once, as a resident', () => {
    const rows = [row('a', 'former', '2019-01-01', '2020-06-30'), row('a', 'resident', '2022-01-01'), row('b', 'applicant', '2023-04-01', null, 'BY')];
    expect(buildTimeline(rows, '2023-08-01')).toEqual([
      { year: 2019, applicant: 0, resident: 1, former: 0 },
      { year: 2020, applicant: 0, resident: 0, former: 1 },
      { year: 2021, applicant: 0, resident: 0, former: 1 },
      { year: 2022, applicant: 0, resident: 1, former: 0 },
      { year: 2023, applicant: 1, resident: 1, former: 0 },
    ]);
  });

  it('summarizes today: statuses, and residents by country largest first', () => {
    const rows = [row('a', 'resident', '2020-01-01', null, 'BY'), row('b', 'resident', '2021-01-01'), row('c', 'resident', '2021-01-01'), row('d', 'applicant', '2024-01-01'), row('e', 'former', '2018-01-01', '2019-01-01')];
    const summary = summarizeToday(rows, '2024-06-01');
    expect(summary.byStatus).toEqual({ applicant: 1, resident: 3, former: 1 });
    expect(summary.byCountry).toEqual([{ key: 'CN', count: 2 }, { key: 'BY', count: 1 }]);
    expect(summary.residentIds.sort()).toEqual(['a', 'b', 'c']);
  });

  it('has no timeline without dated entries', () => {
    expect(buildTimeline([], '2024-06-01')).toEqual([]);
  });
});
