'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LotOmissionRow } from './manager-report-query';
import { formatCount } from './report-format';

const OMISSION_COLOR = '#1e5bc6';
const BAR_HEIGHT = 30;
const SHOWN = 10;

/**
 * The month's omissions per lot as horizontal bars, most first (at most 10 lots). The table
 * under it carries the same figures with links, so the drawing is hidden from screen readers.
 */
export function LotOmissionChart({ rows }: { rows: readonly LotOmissionRow[] }) {
  const data = rows
    .filter((row) => row.omissions > 0)
    .slice(0, SHOWN)
    .map((row) => ({ name: row.lot.name, omissions: row.omissions }));
  if (data.length === 0) return null;

  return (
    <div className="card mgr-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={data.length * BAR_HEIGHT + 40}>
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tickLine={false} fontSize={12} />
          <YAxis type="category" dataKey="name" width={210} tickLine={false} fontSize={12} interval={0} />
          <Tooltip formatter={(value) => [formatCount(Number(value)), '정기권 등록 누락']} />
          <Bar dataKey="omissions" name="정기권 등록 누락" fill={OMISSION_COLOR} isAnimationActive={false} barSize={18} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
