/**
 * The manager dashboard's tables that download as CSV, by the name their URL uses
 * (/api/exports/report/<table>.csv?month=YYYY-MM). One list for the route and the links.
 */
export const REPORT_EXPORT_TABLES = ['lots', 'operators', 'heatmap', 'worsening', 'trend', 'repeat-customers'] as const;

/** A dashboard table that downloads as CSV. */
export type ReportExportTable = (typeof REPORT_EXPORT_TABLES)[number];

/** Whether a name is one of the dashboard's CSV tables. */
export function isReportExportTable(name: string): name is ReportExportTable {
  return (REPORT_EXPORT_TABLES as readonly string[]).includes(name);
}

/** Months the 12-month trend covers, ending with the chosen month (as the dashboard shows it). */
export const TREND_EXPORT_MONTHS = 12;

/** Months the lot × month heat map covers, ending with the chosen month (as the dashboard shows it). */
export const HEATMAP_EXPORT_MONTHS = 6;
