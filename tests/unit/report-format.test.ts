import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { createReportFormat } from '@/app/_components/manager/report-format';
import { formatWonNumber } from '@/app/_components/ui/format';
import { MESSAGES } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

/** The report's formatting as a component in that language gets it. */
function reportFormat(locale: Locale) {
  const messages = MESSAGES[locale];
  const common = createTranslator({ locale, messages, namespace: 'common' });
  const t = createTranslator({ locale, messages, namespace: 'managerDashboard.format' });
  return createReportFormat(t, {
    won: (amount: number) => common('won', { amount: formatWonNumber(amount, locale) }),
    count: (count: number) => common('count', { count }),
    people: (count: number) => common('people', { count }),
  });
}

const ko = reportFormat('ko');
const en = reportFormat('en');

describe('the manager report speaks both languages', () => {
  it.each([
    ['2026-04', '2026년 4월', 'April 2026', 'Apr 2026', '4월', 'Apr'],
    ['2025-12', '2025년 12월', 'December 2025', 'Dec 2025', '12월', 'Dec'],
    ['2026-01', '2026년 1월', 'January 2026', 'Jan 2026', '1월', 'Jan'],
  ])('month %s reads %s / %s', (month, koLong, enLong, enShort, koTick, enTick) => {
    expect(ko.month(month)).toBe(koLong);
    expect(ko.monthShort(month)).toBe(koLong);
    expect(en.month(month)).toBe(enLong);
    expect(en.monthShort(month)).toBe(enShort);
    expect(ko.monthTick(month)).toBe(koTick);
    expect(en.monthTick(month)).toBe(enTick);
  });

  it("a period of months keeps the heat map's dash", () => {
    expect(ko.period('2025-11', '2026-04')).toBe('2025년 11월–2026년 4월');
    expect(en.period('2025-11', '2026-04')).toBe('November 2025–April 2026');
  });

  it.each([
    [3, '+3 (지난달 대비)', '+3 vs last month'],
    [-1234, '−1,234 (지난달 대비)', '−1,234 vs last month'],
    [0, '변동 없음 (지난달 대비)', 'No change vs last month'],
  ])('a change of %i against last month', (change, koText, enText) => {
    expect(ko.change(change)).toBe(koText);
    expect(en.change(change)).toBe(enText);
  });

  it.each([
    [45, '45초', '45 s'],
    [180, '3분', '3 min'],
    [210, '3분 30초', '3 min 30 s'],
    [3 * 3600 + 5 * 60 + 59, '3시간 5분', '3 h 5 min'],
    [null, '—', '—'],
  ])('a response time of %s seconds', (seconds, koText, enText) => {
    expect(ko.duration(seconds)).toBe(koText);
    expect(en.duration(seconds)).toBe(enText);
  });

  it('counts, people and won follow each language', () => {
    expect([ko.count(1284), ko.people(3), ko.won(9000)]).toEqual(['1,284건', '3명', '9,000원']);
    expect([en.count(1), en.count(1284), en.people(1), en.people(3), en.won(9000)]).toEqual([
      '1 case',
      '1,284 cases',
      '1 person',
      '3 people',
      '₩9,000',
    ]);
  });

  it('a share is a percentage with one decimal in both', () => {
    expect([ko.share(2 / 3), en.share(2 / 3), ko.share(null)]).toEqual(['66.7%', '66.7%', '—']);
  });
});
