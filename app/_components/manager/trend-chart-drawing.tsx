'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_TEXT_COLOR, COUPON_COLOR, OMISSION_COLOR } from './chart-colors';

/** One month of the trend, its words already in the reader's language. */
export interface TrendDatum {
  /** The axis tick, "4월" / "Apr". */
  tick: string;
  /** The tooltip's title, "2026년 4월" / "April 2026". */
  title: string;
  omissions: number;
  coupons: number;
}

interface TrendChartDrawingProps {
  data: readonly TrendDatum[];
  height: number;
  series: { omissions: string; coupons: string };
  formatCount: (count: number) => string;
}

/**
 * The 12-month bars (recharts, loaded apart from the page's first scripts). Hidden from screen
 * readers by its container: the table beside it carries the same figures.
 */
export function TrendChartDrawing({ data, height, series, formatCount }: TrendChartDrawingProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={[...data]} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {/* On a phone twelve months do not fit side by side: every other one is left out, never overlapped. */}
        <XAxis dataKey="tick" tickLine={false} interval="preserveStartEnd" minTickGap={4} fontSize={12} tick={{ fill: CHART_TEXT_COLOR }} />
        <YAxis allowDecimals={false} tickLine={false} fontSize={12} tick={{ fill: CHART_TEXT_COLOR }} />
        <Tooltip
          formatter={(value, name) => [formatCount(Number(value)), name]}
          labelFormatter={(_, payload) => (payload?.[0]?.payload as TrendDatum | undefined)?.title ?? ''}
        />
        {/* Omissions first, as the bars and the table run, in both languages (recharts sorts by name otherwise). */}
        <Legend
          itemSorter={(item) => (item.dataKey === 'omissions' ? 0 : 1)}
          formatter={(value: string) => <span style={{ color: 'var(--color-text)' }}>{value}</span>}
        />
        <Bar dataKey="omissions" name={series.omissions} fill={OMISSION_COLOR} isAnimationActive={false} />
        <Bar dataKey="coupons" name={series.coupons} fill={COUPON_COLOR} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
