import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBrokerageSession } from './brokerage-generated-session';
import { findScheduleViolations, scheduleFirstFit, scheduleMeetings, type SchedulerInput } from './brokerage-scheduler';

const everywhere = (slots: number) => Array.from({ length: slots }, () => true);

describe('brokerage scheduler', () => {
  it('meets every request when there is room, without double booking', () => {
    const input: SchedulerInput = {
      slots: 3, tables: 1,
      participants: ['a', 'b', 'c'].map((id) => ({ id, limit: 5, available: everywhere(3) })),
      requests: [{ id: 'ab', requesterId: 'a', requestedId: 'b' }, { id: 'bc', requesterId: 'b', requestedId: 'c' }, { id: 'ac', requesterId: 'a', requestedId: 'c' }],
    };
    const schedule = scheduleMeetings(input);
    expect(schedule.unmetRequestIds).toEqual([]);
    expect(new Set(schedule.assignments.map((a) => a.slot)).size).toBe(3);
    expect(findScheduleViolations(input, schedule)).toEqual([]);
  });

  it('keeps to availability: a request whose sides never overlap stays unmet', () => {
    const input: SchedulerInput = {
      slots: 2, tables: 2,
      participants: [{ id: 'a', limit: 5, available: [true, false] }, { id: 'b', limit: 5, available: [false, true] }],
      requests: [{ id: 'ab', requesterId: 'a', requestedId: 'b' }],
    };
    expect(scheduleMeetings(input)).toEqual({ assignments: [], unmetRequestIds: ['ab'] });
  });

  it('keeps to the meeting limit and to the number of tables', () => {
    const input: SchedulerInput = {
      slots: 4, tables: 1,
      participants: [{ id: 'hub', limit: 2, available: everywhere(4) }, ...['x', 'y', 'z'].map((id) => ({ id, limit: 4, available: everywhere(4) }))],
      requests: [
        { id: 'hx', requesterId: 'x', requestedId: 'hub' }, { id: 'hy', requesterId: 'y', requestedId: 'hub' },
        { id: 'hz', requesterId: 'z', requestedId: 'hub' }, { id: 'xy', requesterId: 'x', requestedId: 'y' },
      ],
    };
    const schedule = scheduleMeetings(input);
    expect(schedule.assignments.filter((a) => a.requestId.startsWith('h'))).toHaveLength(2);
    expect(schedule.assignments).toHaveLength(3);
    expect(findScheduleViolations(input, schedule)).toEqual([]);
  });

  it('moves a placed meeting to make room for one that has a single possible slot', () => {
    // First fit puts a–b in slot 0; a–c can only meet in slot 0, so a–b must move to slot 1.
    const input: SchedulerInput = {
      slots: 2, tables: 1,
      participants: [{ id: 'a', limit: 2, available: [true, true] }, { id: 'b', limit: 2, available: [true, true] }, { id: 'c', limit: 2, available: [true, false] }],
      requests: [{ id: 'ab', requesterId: 'a', requestedId: 'b' }, { id: 'ac', requesterId: 'a', requestedId: 'c' }],
    };
    expect(scheduleFirstFit(input).unmetRequestIds).toEqual(['ac']);
    expect(scheduleMeetings(input).unmetRequestIds).toEqual([]);
  });

  it('the checker notices a double booking (so the property below can fail)', () => {
    const input: SchedulerInput = {
      slots: 1, tables: 2,
      participants: ['a', 'b', 'c'].map((id) => ({ id, limit: 5, available: [true] })),
      requests: [{ id: 'ab', requesterId: 'a', requestedId: 'b' }, { id: 'ac', requesterId: 'a', requestedId: 'c' }],
    };
    const violations = findScheduleViolations(input, { assignments: [{ requestId: 'ab', slot: 0, table: 1 }, { requestId: 'ac', slot: 0, table: 1 }], unmetRequestIds: [] });
    expect(violations).toContain('participant a booked twice in slot 0');
    expect(violations).toContain('table 1 booked twice in slot 0');
  });

  const sessions = fc.record({ slots: fc.integer({ min: 1, max: 8 }), tables: fc.integer({ min: 1, max: 4 }), people: fc.integer({ min: 2, max: 12 }) }).chain(({ slots, tables, people }) =>
    fc.record({
      participants: fc.tuple(...Array.from({ length: people }, (_, i) => fc.record({ limit: fc.integer({ min: 0, max: 5 }), available: fc.array(fc.boolean(), { minLength: slots, maxLength: slots }) }).map((p) => ({ id: `p${i}`, ...p })))),
      pairs: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: people - 1 }), fc.integer({ min: 0, max: people - 1 })).filter(([a, b]) => a !== b), { maxLength: 30, selector: ([a, b]) => `${a}-${b}` }),
    }).map(({ participants, pairs }): SchedulerInput => ({ slots, tables, participants, requests: pairs.map(([a, b], i) => ({ id: `r${i}`, requesterId: `p${a}`, requestedId: `p${b}` })) })));

  it('never double-books, never breaks availability or limits, accounts for every request', () => {
    fc.assert(fc.property(sessions, (input) => {
      const schedule = scheduleMeetings(input);
      expect(findScheduleViolations(input, schedule)).toEqual([]);
      expect(schedule.assignments.length + schedule.unmetRequestIds.length).toBe(input.requests.length);
    }), { numRuns: 300 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(sessions, (input) => { expect(scheduleMeetings(input)).toEqual(scheduleMeetings(input)); }), { numRuns: 50 });
  });

  it('on a generated session of 300 participants and 1,000 requests: sound, and at least as good as first fit', () => {
    const input = generateBrokerageSession({ participants: 300, requests: 1000, slots: 24, tables: 40, seed: 20261127 });
    expect(input.requests).toHaveLength(1000);
    const started = performance.now();
    const schedule = scheduleMeetings(input);
    const elapsed = performance.now() - started;
    const baseline = scheduleFirstFit(input);
    expect(findScheduleViolations(input, schedule)).toEqual([]);
    expect(findScheduleViolations(input, baseline)).toEqual([]);
    expect(schedule.assignments.length).toBeGreaterThan(baseline.assignments.length);
    expect(elapsed).toBeLessThan(10_000);
  });
});
