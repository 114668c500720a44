import type { Executor } from '@/db/client';
import type { ReportExportTable } from '@/lib/domain/report-exports';
import type { Actor, RequestMeta } from '../../core/actor';
import type { CsvValue } from '../csv';
import { REPEAT_OMISSION_EXPORT_HEADER, repeatOmissionExportPages } from '../repeat-omission-rows';
import { heatmapExportHeader, heatmapExportPages } from './heatmap-rows';
import { OPERATOR_EXPORT_HEADER, operatorExportPages } from './operator-rows';
import { REPEAT_CUSTOMER_EXPORT_HEADER, repeatCustomerExportPages } from './repeat-customer-rows';
import { TREND_EXPORT_HEADER, trendExportPages } from './trend-rows';
import { worseningExportHeader, worseningExportPages } from './worsening-rows';

/** Who asks and from where: a table that names customers records the read. */
export interface ReportExportReader {
  actor: Actor;
  meta: RequestMeta;
}

/** One dashboard table as a CSV file for a month: its name, its columns and its rows. */
export interface ReportExport {
  /** The download's file name before "-YYYY-MM.csv". */
  fileStem: string;
  header: (month: string) => readonly string[];
  pages: (db: Executor, reader: ReportExportReader, month: string) => AsyncIterable<CsvValue[][]>;
}

/** Every dashboard table's export, by its URL name; a table missing here does not compile. */
export const REPORT_EXPORTS: Record<ReportExportTable, ReportExport> = {
  // The same file as /api/exports/repeat-omissions.csv, which is kept as an alias of this one.
  lots: {
    fileStem: 'repeat-omissions',
    header: () => REPEAT_OMISSION_EXPORT_HEADER,
    pages: (db, _reader, month) => repeatOmissionExportPages(db, month),
  },
  operators: {
    fileStem: 'operator-scorecard',
    header: () => OPERATOR_EXPORT_HEADER,
    pages: (db, _reader, month) => operatorExportPages(db, month),
  },
  heatmap: { fileStem: 'omission-heatmap', header: heatmapExportHeader, pages: (db, _reader, month) => heatmapExportPages(db, month) },
  worsening: { fileStem: 'worsening-lots', header: worseningExportHeader, pages: (db, _reader, month) => worseningExportPages(db, month) },
  trend: { fileStem: 'monthly-trend', header: () => TREND_EXPORT_HEADER, pages: (db, _reader, month) => trendExportPages(db, month) },
  'repeat-customers': {
    fileStem: 'repeat-customers',
    header: () => REPEAT_CUSTOMER_EXPORT_HEADER,
    pages: (db, reader, month) => repeatCustomerExportPages(db, reader.actor, reader.meta, month),
  },
};
