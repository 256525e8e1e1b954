import { describe, expect, it } from 'vitest';
import { endsNotAfterStart, fromLocalInput, toLocalInput } from './datetime-input';
import { swapped } from './agenda-editor';
import { newPeriod, periodsOf } from './periods-editor';

describe('date-and-time fields and the API', () => {
  it('reads a field as local time and writes an instant back as the same wall-clock time', () => {
    const instant = fromLocalInput('2027-03-10T09:30')!;
    expect(new Date(instant).getHours()).toBe(9);
    expect(new Date(instant).getMinutes()).toBe(30);
    expect(toLocalInput(instant)).toBe('2027-03-10T09:30');
  });

  it('leaves an empty or broken field as null', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a date')).toBeNull();
    expect(toLocalInput(null)).toBe('');
  });

  it('flags an end at or before the start, and only when both are filled', () => {
    expect(endsNotAfterStart('2027-03-10T09:00', '2027-03-09T18:00')).toBe(true);
    expect(endsNotAfterStart('2027-03-10T09:00', '2027-03-10T09:00')).toBe(true);
    expect(endsNotAfterStart('2027-03-10T09:00', '2027-03-10T09:01')).toBe(false);
    expect(endsNotAfterStart('2027-03-10T09:00', '')).toBe(false);
  });

  it('gives periods to the API only when each is whole and ends after it starts', () => {
    expect(periodsOf([newPeriod('2027-03-10T12:00', '2027-03-10T13:00')])).toEqual([{ from: fromLocalInput('2027-03-10T12:00'), to: fromLocalInput('2027-03-10T13:00') }]);
    expect(periodsOf([newPeriod('2027-03-10T12:00', '')])).toBeNull();
    expect(periodsOf([newPeriod('2027-03-10T13:00', '2027-03-10T12:00')])).toBeNull();
    expect(periodsOf([])).toEqual([]);
  });
});

describe('moving an agenda item', () => {
  it('exchanges the two items in time, each keeping its length and the pair its gap', () => {
    const items = [
      { startsAt: '2027-03-10T09:00', endsAt: '2027-03-10T10:00', name: 'plenary' },
      { startsAt: '2027-03-10T10:30', endsAt: '2027-03-10T12:30', name: 'opening' },
    ];
    expect(swapped(items, 0)).toEqual([
      { startsAt: '2027-03-10T09:00', endsAt: '2027-03-10T11:00', name: 'opening' },
      { startsAt: '2027-03-10T11:30', endsAt: '2027-03-10T12:30', name: 'plenary' },
    ]);
    expect(swapped([{ ...items[0]!, startsAt: '' }, items[1]!], 0).map((i) => i.name)).toEqual(['opening', 'plenary']);
    expect(swapped(items, 1)).toBe(items);
  });
});
