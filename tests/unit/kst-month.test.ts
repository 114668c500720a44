import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMonth, kstDateOf, kstMonthOf, kstMonthRange, previousMonth } from '@/lib/domain/kst-month';

describe('KST month of an instant', () => {
  it.each([
    ['2026-04-01T00:30:00+09:00', '2026-04', 'just after midnight KST is already April'],
    ['2026-03-31T15:30:00Z', '2026-04', 'the same instant written in UTC'],
    ['2026-03-31T14:59:00Z', '2026-03', '2026-03-31 23:59 KST given in UTC is March'],
    ['2026-03-31T14:59:59.999Z', '2026-03', 'one millisecond before midnight KST is still March'],
    ['2026-03-31T15:00:00Z', '2026-04', 'midnight KST exactly'],
    ['2026-12-31T15:00:00Z', '2027-01', 'new year in Seoul while it is still 31 December in UTC'],
    ['2024-02-29T12:00:00+09:00', '2024-02', 'a leap day'],
  ])('%s → %s (%s)', (iso, month) => {
    expect(kstMonthOf(new Date(iso))).toBe(month);
  });

  it('an incident at 2026-03-31 23:10 KST logged on 04-02 is March’s', () => {
    expect(kstMonthOf(new Date('2026-03-31T23:10:00+09:00'))).toBe('2026-03');
  });

  it('rejects an invalid instant', () => {
    expect(() => kstMonthOf(new Date('nope'))).toThrow(RangeError);
  });

  it('law: every instant lies inside the range of its own KST month', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (instant) => {
        const { start, end } = kstMonthRange(kstMonthOf(instant));
        expect(start.getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(instant.getTime()).toBeLessThan(end.getTime());
      }),
    );
  });

  it('law: the KST date is the UTC date of the instant nine hours later', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (instant) => {
        expect(kstDateOf(instant)).toBe(new Date(instant.getTime() + 9 * 3600_000).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('months', () => {
  it.each([
    ['2026-04', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-4', false],
    ['26-04', false],
    ['0000-01', false],
    ['0999-12', false],
    ['1000-01', true],
    ['9999-12', true],
  ])('isMonth(%s) is %s', (value, expected) => {
    expect(isMonth(value)).toBe(expected);
  });

  it.each([
    ['2026-04', '2026-03'],
    ['2026-01', '2025-12'],
  ])('the month before %s is %s', (month, before) => {
    expect(previousMonth(month)).toBe(before);
  });

  it('April 2026 in KST starts at 2026-03-31T15:00Z and ends at 2026-04-30T15:00Z', () => {
    const { start, end } = kstMonthRange('2026-04');
    expect(start.toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(end.toISOString()).toBe('2026-04-30T15:00:00.000Z');
  });
});
