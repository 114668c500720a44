'use client';

import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from './manager-report-query';
import { formatCount, formatMonth } from './report-format';
import { ReportSectionHeader } from './report-section-header';

const OMISSION_COLOR = '#1e5bc6';
const COUPON_COLOR = '#d97706';

/** Omissions and coupons over the last 12 months; a hidden table says the same for screen readers. */
export function TrendChart({ month, points }: { month: string; points: readonly TrendPoint[] }) {
  const id = useId();
  const data = points.map((point) => ({
    label: `${Number(point.month.slice(5))}월`,
    month: point.month,
    omissions: point.omissions,
    coupons: point.couponsIssued,
  }));
  const first = points[0];
  const last = points[points.length - 1];

  return (
    <section className="subsection" aria-labelledby={`${id}-heading`}>
      <ReportSectionHeader headingId={`${id}-heading`} title="최근 12개월 추이" csv={{ table: 'trend', month }} />
      <div className="card mgr-chart">
        {/* The table below carries the figures; the drawing is for sighted readers only. */}
        <div className="mgr-chart-canvas" aria-hidden="true">
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tickLine={false} interval={0} fontSize={12} />
              <YAxis allowDecimals={false} tickLine={false} fontSize={12} />
              <Tooltip
                formatter={(value) => formatCount(Number(value))}
                labelFormatter={(_, payload) => {
                  const month = payload?.[0]?.payload?.month as string | undefined;
                  return month ? formatMonth(month) : '';
                }}
              />
              <Legend />
              <Bar dataKey="omissions" name="정기권 등록 누락" fill={OMISSION_COLOR} isAnimationActive={false} />
              <Bar dataKey="coupons" name="쿠폰" fill={COUPON_COLOR} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="visually-hidden">
          <caption>
            {first && last
              ? `${formatMonth(first.month)}부터 ${formatMonth(last.month)}까지 월별 정기권 등록 누락과 쿠폰 건수`
              : '월별 정기권 등록 누락과 쿠폰 건수'}
          </caption>
          <thead>
            <tr>
              <th scope="col">월</th>
              <th scope="col">정기권 등록 누락</th>
              <th scope="col">쿠폰</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.month}>
                <th scope="row">{formatMonth(point.month)}</th>
                <td>{formatCount(point.omissions)}</td>
                <td>{formatCount(point.couponsIssued)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
