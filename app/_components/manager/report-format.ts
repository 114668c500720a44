import { useTranslations } from 'next-intl';
import { useFormat } from '../ui/use-format';

/** A share 0..1 as a percentage with one decimal: 0.6667 → "66.7%"; null as "—". The same in both languages. */
export function formatShare(share: number | null | undefined): string {
  if (share == null) return '—';
  return `${(share * 100).toFixed(1)}%`;
}

/** Where a manager reads the omission cases behind a count. */
export function omissionCasesHref(month: string, lotId?: string): string {
  const query = new URLSearchParams({ month, kind: 'OPERATOR_OMISSION', counted: '1' });
  if (lotId) query.set('lotId', lotId);
  return `/manager/cases?${query.toString()}`;
}

/** "2026-04" as the catalog's arguments: the year as written, the month as a number for plural forms. */
function monthArgs(month: string): { year: string; month: number } {
  const [year = '', monthNumber = '0'] = month.split('-');
  return { year, month: Number(monthNumber) };
}

/** The catalog's managerDashboard.format messages (useTranslations in a page, createTranslator in a test). */
type FormatMessages = ReturnType<typeof useTranslations<'managerDashboard.format'>>;

/** The words for amounts and counts that the whole portal shares (useFormat). */
type SharedFormat = ReturnType<typeof useFormat>;

/** The report's formatting given its messages; useReportFormat is the one components call. */
export function createReportFormat(t: FormatMessages, { won, count, people }: SharedFormat) {
  const month = (value: string) => t('month', monthArgs(value));
  return {
    won,
    count,
    people,
    share: formatShare,
    month,
    /** A month in a narrow column header: "2026년 4월" / "Apr 2026". */
    monthShort: (value: string) => t('monthShort', monthArgs(value)),
    /** A month on a chart's axis: "4월" / "Apr". */
    monthTick: (value: string) => t('monthTick', { month: monthArgs(value).month }),
    period: (from: string, to: string) => t('period', { from: month(from), to: month(to) }),
    /** The change against last month: "+3 (지난달 대비)", "변동 없음 (지난달 대비)". */
    change: (change: number) => (change === 0 ? t('noChange') : t(change > 0 ? 'changeUp' : 'changeDown', { count: Math.abs(change) })),
    /** A duration in seconds; null (nothing measured) as "—". */
    duration: (seconds: number | null | undefined) => {
      if (seconds == null) return '—';
      const total = Math.round(seconds);
      const hours = Math.floor(total / 3600);
      const minutes = Math.floor((total % 3600) / 60);
      const rest = total % 60;
      if (hours > 0) return t('hoursMinutes', { hours, minutes });
      if (minutes > 0) return rest > 0 ? t('minutesSeconds', { minutes, seconds: rest }) : t('minutes', { minutes });
      return t('seconds', { seconds: rest });
    },
  };
}

/**
 * The report's words for its figures in the reader's language: counts ("7건" / "7 cases"),
 * people, won, months ("2026년 4월" / "April 2026"), the change against last month and
 * response durations ("3분 30초" / "3 min 30 s").
 */
export function useReportFormat() {
  const t = useTranslations('managerDashboard.format');
  return createReportFormat(t, useFormat());
}

/** What useReportFormat gives, for components that take it as a prop. */
export type ReportFormat = ReturnType<typeof createReportFormat>;
