'use client';

import dynamic from 'next/dynamic';

// recharts is the heaviest script of the manager's page; the charts only draw once the report
// has arrived, so they load on their own (their boxes keep their height meanwhile: no shift).

/** The 12-month trend's bars, loaded on demand. */
export const LazyTrendChart = dynamic(() => import('./trend-chart-drawing').then((module) => module.TrendChartDrawing), {
  ssr: false,
  loading: () => null,
});

/** The per-lot bars, loaded on demand. */
export const LazyLotOmissionChart = dynamic(() => import('./lot-omission-chart').then((module) => module.LotOmissionChart), {
  ssr: false,
  loading: () => null,
});

/** Starts fetching the charts' code while the report's query runs, so they draw with the data. */
export function preloadCharts(): void {
  void import('./trend-chart-drawing');
  void import('./lot-omission-chart');
}
