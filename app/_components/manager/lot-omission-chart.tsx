'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_TEXT_COLOR, OMISSION_COLOR } from './chart-colors';
import { dataLang } from '@/lib/i18n/data-lang';

/** One lot's bar. */
export interface LotOmissionDatum {
  name: string;
  omissions: number;
}

interface LotOmissionChartProps {
  data: readonly LotOmissionDatum[];
  height: number;
  seriesName: string;
  formatCount: (count: number) => string;
}

interface LotTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: string };
}

/** A lot's name beside its bar, marked lang="ko" when Korean, as the data is in either language. */
function LotTick({ x, y, payload }: LotTickProps) {
  const name = payload?.value ?? '';
  return (
    <text x={x} y={y} dx={-4} dy={4} textAnchor="end" fontSize={12} fill={CHART_TEXT_COLOR} lang={dataLang(name)}>
      {name}
    </text>
  );
}

/**
 * The month's omissions per lot as horizontal bars, most first (recharts, loaded apart from the
 * page's first scripts). The table under it carries the same figures with links, so its
 * container hides the drawing from screen readers.
 */
export function LotOmissionChart({ data, height, seriesName, formatCount }: LotOmissionChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={[...data]} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickLine={false} fontSize={12} tick={{ fill: CHART_TEXT_COLOR }} />
        <YAxis type="category" dataKey="name" width={210} tickLine={false} fontSize={12} interval={0} tick={<LotTick />} />
        <Tooltip formatter={(value) => [formatCount(Number(value)), seriesName]} />
        <Bar dataKey="omissions" name={seriesName} fill={OMISSION_COLOR} isAnimationActive={false} barSize={18} />
      </BarChart>
    </ResponsiveContainer>
  );
}
