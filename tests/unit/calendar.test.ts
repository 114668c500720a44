import { describe, expect, it } from 'vitest';
import { formatKstIso, isIsoDate, parseInstant } from '@/lib/domain/calendar';

describe('dates and instants from clients', () => {
  it.each([
    ['2026-04-01', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    ['0000-01-01', false],
    ['0999-12-31', false],
    ['1000-01-01', true],
  ])('isIsoDate(%s) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2026-04-01T00:30:00+09:00', '2026-03-31T15:30:00.000Z'],
    ['2026-03-31T15:30:00Z', '2026-03-31T15:30:00.000Z'],
    ['2026-04-01T00:30+09:00', '2026-03-31T15:30:00.000Z'],
    ['2026-04-01T00:30:00.250-05:00', '2026-04-01T05:30:00.250Z'],
  ])('parseInstant(%s) is %s', (value, iso) => {
    expect(parseInstant(value)?.toISOString()).toBe(iso);
  });

  it.each([
    ['2026-04-01T00:30:00', 'no offset: KST or UTC?'],
    ['2026-02-30T10:00:00+09:00', 'no such day'],
    ['2026-04-01T24:00:00+09:00', 'no hour 24'],
    ['2026-04-01T10:60:00Z', 'no minute 60'],
    ['2026-04-01T10:00:00+15:00', 'no such offset'],
    ['2026-04-01', 'a date is not an instant'],
    ['yesterday', 'words'],
    ['0000-01-01T00:00:00Z', 'year 0: PostgreSQL has none'],
    ['9999-12-31T23:59:59-09:00', 'year 10000 in UTC'],
  ])('parseInstant refuses %s (%s)', (value) => {
    expect(parseInstant(value)).toBeNull();
  });

  it('formats an instant in KST with its offset', () => {
    expect(formatKstIso(new Date('2026-03-31T15:30:00Z'))).toBe('2026-04-01T00:30:00.000+09:00');
  });
});
