import { describe, expect, it } from 'vitest';
import { agreementHealth } from './agreement-health';

const today = '2026-06-15';

describe('agreement health', () => {
  it('is none without obligations and green when everything due was done on time', () => {
    expect(agreementHealth([], today).state).toBe('none');
    const health = agreementHealth([
      { status: 'done', dueOn: '2026-03-01', doneOn: '2026-02-20' },
      { status: 'planned', dueOn: '2026-06-25', doneOn: null },
      { status: 'cancelled', dueOn: '2026-01-01', doneOn: null },
    ], today);
    expect(health).toMatchObject({ state: 'green', obligationCount: 2, shareDoneOnTime: 1, daysToNextDeadline: 10, overdueCount: 0 });
  });

  it('turns amber with a fresh overdue item and red past 30 days or under half on time', () => {
    expect(agreementHealth([
      { status: 'done', dueOn: '2026-03-01', doneOn: '2026-03-01' },
      { status: 'done', dueOn: '2026-04-01', doneOn: '2026-04-01' },
      { status: 'in_progress', dueOn: '2026-06-14', doneOn: null },
    ], today)).toMatchObject({ state: 'amber', overdueCount: 1, maxOverdueDays: 1 });
    expect(agreementHealth([
      { status: 'done', dueOn: '2026-03-01', doneOn: '2026-03-01' },
      { status: 'planned', dueOn: '2026-05-01', doneOn: null },
    ], today)).toMatchObject({ state: 'red', maxOverdueDays: 45 });
    expect(agreementHealth([
      { status: 'done', dueOn: '2026-03-01', doneOn: '2026-03-20' },
      { status: 'done', dueOn: '2026-04-01', doneOn: '2026-04-09' },
      { status: 'done', dueOn: '2026-05-01', doneOn: '2026-05-01' },
    ], today)).toMatchObject({ state: 'red', shareDoneOnTime: 1 / 3 });
  });

  it('counts an item due today as not yet overdue', () => {
    expect(agreementHealth([{ status: 'planned', dueOn: today, doneOn: null }], today)).toMatchObject({ state: 'green', overdueCount: 0, daysToNextDeadline: 0 });
  });
});
